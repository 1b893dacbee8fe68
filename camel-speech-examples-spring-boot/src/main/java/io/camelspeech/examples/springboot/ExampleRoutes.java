package io.camelspeech.examples.springboot;

import io.camelspeech.component.job.SpeechJob;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * The routes. Every setting comes from application.yaml: the component's (keys, job store, health) through
 * camel.component.speech.*, the endpoints' (provider address, voice, callback address) through {{speech.*}}
 * placeholders. No key is in an endpoint URI.
 */
@Component
public class ExampleRoutes extends RouteBuilder {

    /**
     * A file consumer that does not read a file still being written and removes it only after success; the lock
     * markers of a killed run are deleted on start, or their files would never be read. An empty file is read too
     * (readLockMinLength=0): it fails with its reason instead of waiting forever.
     */
    private static final String WATCH = "include=.*\\.txt&readLock=changed&readLockCheckInterval=250&readLockMinAge=250"
                                        + "&readLockMinLength=0&readLockDeleteOrphanLockFiles=true&delay=300"
                                        + "&move=.done/${file:name}";

    private final ExampleProgress progress;

    public ExampleRoutes(ExampleProgress progress) {
        this.progress = progress;
    }

    @Override
    public void configure() {
        // inbox/tts/<name>.txt -> TTS.ai -> outbox/tts/<name>.wav; a failed input goes to error/tts with its reason
        // (moveFailed is relative to the inbox unless absolute: the work folder, absolute)
        String errorFolder = progress.work().resolve("error/tts").toString().replace('\\', '/');
        from("file:{{speech.examples.work}}/inbox/tts?" + WATCH + "&moveFailed=" + errorFolder + "/${file:name}")
                .routeId("folder-tts")
                .onException(Exception.class).process(progress::failed).end()
                .process(progress::started)
                .convertBodyTo(String.class)
                .to("speech:ttsai:textToSpeech?voice={{speech.ttsai.voice}}&format=wav&baseUrl={{speech.ttsai.base-url}}")
                .setHeader(Exchange.FILE_NAME, simple("${file:name.noext}.wav"))
                .to("file:{{speech.examples.work}}/outbox/tts?tempFileName=${file:name}.part")
                .process(progress::done);

        // a Tencent job nobody waits for: its completion is called back to this application's web server
        // (platform-http on the Boot server), received by the component and emitted by the jobs consumer below
        from("timer:callback-job?repeatCount=1&delay=1000").routeId("callback-submit")
                .setBody(constant("Spoken by a job whose completion is called back."))
                .to("speech:tencent:clonedSpeech?contentId={{speech.tencent.content-id}}&wait=false"
                    + "&callbackBaseUrl={{speech.examples.callback-base-url}}&baseUrl={{speech.tencent.base-url}}")
                .log("Tencent job ${header.CamelSpeechJobId} submitted; its completion will be called back to"
                     + " {{speech.examples.callback-base-url}}");

        from("speech:tencent:jobs?callbackBaseUrl={{speech.examples.callback-base-url}}&baseUrl={{speech.tencent.base-url}}")
                .routeId("callback-completions")
                .setHeader(Exchange.FILE_NAME, simple("${header.CamelSpeechJobId}.json"))
                .setBody(e -> e.getMessage().getBody(SpeechJob.class).toString())
                .to("file:{{speech.examples.work}}/outbox/callbacks?tempFileName=${file:name}.part")
                .process(progress::callbackDone);
    }
}
