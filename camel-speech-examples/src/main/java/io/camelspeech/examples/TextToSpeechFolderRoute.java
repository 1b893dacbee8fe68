package io.camelspeech.examples;

import org.apache.camel.builder.RouteBuilder;

/** inbox/tts/*.txt becomes outbox/tts/*.wav; a failed file moves to error/tts with the reason beside it. */
public class TextToSpeechFolderRoute extends RouteBuilder {

    @Override
    public void configure() {
        from("file:{{speech.work}}/inbox/tts?include=.*\\.txt&move=.done&moveFailed={{speech.work}}/error/tts")
                .routeId("tts-folder")
                .onException(Exception.class)
                    .setBody(simple("${exception.message}"))
                    .setHeader("CamelFileName", simple("${file:name}.error.txt"))
                    .to("file:{{speech.work}}/error/tts")
                .end()
                .to("speech:ttsai:textToSpeech?voice={{speech.ttsai.voice}}&format=wav"
                    + "&apiKey=RAW({{speech.ttsai.api-key}})&baseUrl={{speech.ttsai.base-url}}")
                .log("${file:name} -> outbox/tts/${file:name.noext}.wav"
                     + " (${header.CamelSpeechCreditsUsed} credits, ${header.CamelSpeechCreditsRemaining} left)")
                .setHeader("CamelFileName", simple("${file:name.noext}.wav"))
                .to("file:{{speech.work}}/outbox/tts?tempFileName=${file:name}.part"); // appears whole or not at all
    }
}
