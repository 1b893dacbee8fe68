package io.camelspeech.springboot;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The application of the starter's tests: auto-configuration only (no component scan), and one route whose endpoint
 * has no option but its voice and format: base URL and key come from camel.component.speech.*.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class SpeechStarterTestApplication {

    @Bean
    public RouteBuilder textToSpeechRoute() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:tts").routeId("tts").to("speech:ttsai:textToSpeech?voice=af_bella&format=wav");
            }
        };
    }
}
