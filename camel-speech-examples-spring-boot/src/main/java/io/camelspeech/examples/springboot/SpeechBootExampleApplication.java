package io.camelspeech.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Spring Boot example: text files dropped into {@code <work>/inbox/tts} become speech in {@code <work>/outbox/tts}
 * (TTS.ai), and a Tencent job submitted at start comes back through a callback on this application's web server. The
 * speech component is configured by application.yaml only (camel.component.speech.*, through
 * camel-speech-spring-boot-starter); providers without credentials are served by the sandbox started in this process.
 * With {@code --speech.examples.run-once=true} it handles what is waiting at start and exits.
 */
@SpringBootApplication
public class SpeechBootExampleApplication {

    public static void main(String[] args) {
        SpringApplication.run(SpeechBootExampleApplication.class, args);
    }
}
