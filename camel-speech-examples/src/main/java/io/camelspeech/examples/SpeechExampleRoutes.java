package io.camelspeech.examples;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.camelspeech.component.SpeechConstants;
import io.camelspeech.component.job.SpeechJob;
import io.camelspeech.component.model.Transcript;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;

/**
 * The examples in the Java DSL (the same routes exist in the YAML DSL under routes/yaml): one watched folder per use
 * case, two S3 routes and a callback route. Each result gets a sidecar (or S3 metadata) with provider, operation,
 * job, credits and timings; a failed input moves to error/ with its reason beside it. Endpoints take their provider
 * settings from properties, so a real API key changes nothing here; keys are in no endpoint URI (Camel prints
 * resolved URIs at DEBUG/TRACE): the speech and aws2-s3 components take them from application.properties.
 */
public class SpeechExampleRoutes extends RouteBuilder {

    /**
     * Settings of a file consumer that does not read a file still being written and removes it only after success.
     * The lock markers (x.wav.camelLock) of a killed run are deleted on start, or their files would never be read.
     */
    private static final String WATCH = "readLock=changed&readLockCheckInterval=250&readLockMinAge=250"
                                        + "&readLockDeleteOrphanLockFiles=true&delay=300&move=.done/${file:name}";

    private final ProgressBoard board;
    private final PresignedUrls presigned;

    public SpeechExampleRoutes(ProgressBoard board, PresignedUrls presigned) {
        this.board = board;
        this.presigned = presigned;
    }

    /**
     * The provider's address (the sandbox's, or the real one). Its credentials are not here: the component finds them
     * in its credentials map (camel.component.speech.credentials[provider.option] in application.properties).
     */
    static String baseUrl(String provider) {
        return "baseUrl={{speech." + provider + ".base-url}}";
    }

    @Override
    public void configure() {
        if (!"yaml".equalsIgnoreCase(getContext().resolvePropertyPlaceholders("{{speech.examples.dsl:java}}"))) {
            folderRoutes();
        }
        s3Samples();
        s3Routes();
        callbackRoutes();
        from("timer:progress?period={{speech.examples.progress-period:5000}}").routeId("progress")
                .process(e -> log.info("progress: {}", board.summary()));
    }

    /** The watched folders in the Java DSL; routes/yaml/folders.camel.yaml has the same in the YAML DSL. */
    private void folderRoutes() {
        folder("tts", "textToSpeech",
                "speech:ttsai:textToSpeech?voice={{speech.ttsai.voice}}&format=wav&" + baseUrl("ttsai"), "wav",
                null);
        folder("stt", "speechToText",
                "speech:aimlapi:speechToText?" + baseUrl("aimlapi"), "txt",
                e -> e.getMessage().setBody(e.getMessage().getBody(Transcript.class).text()));
        folder("sts", "speechToSpeech",
                "speech:replica:speechToSpeech?voice={{speech.replica.performer-style-id}}&"
                + baseUrl("replica"), "wav", null);
        folder("clone", "cloneVoice",
                "speech:audiostack:cloneVoice?gender={{speech.audiostack.gender}}&" + baseUrl("audiostack"), "json",
                e -> e.getMessage().setBody(e.getMessage().getBody(SpeechJob.class).toString()));
        folder("subtitles", "speechToText",
                "speech:openai:speechToText?format=srt&" + baseUrl("openai"), "srt", null);
    }

    /**
     * inbox/<useCase> -> provider -> outbox/<useCase>/<name>.<extension> with a .json sidecar; a failure moves the
     * input to error/<useCase> beside <name>.error.json. {@code shape} turns the provider's result into the file.
     * Which files are inputs is {@link Inboxes#INCLUDE}, also what the progress board counts.
     */
    private void folder(String useCase, String operation, String speechUri, String extension, Processor shape) {
        RouteDefinition route = from("file:{{speech.work}}/inbox/" + useCase + "?include=" + Inboxes.include(useCase)
                                     + "&" + WATCH + "&moveFailed={{speech.work}}/error/" + useCase + "/${file:name}")
                .routeId("folder-" + useCase);
        route.onException(Exception.class).bean("folderSteps", "failed").end();
        route.bean("folderSteps", "started");
        if ("clone".equals(useCase)) {
            // an AudioStack alias is global: one per input file and run
            route.setHeader("CamelSpeechAlias", simple("examples-${file:name.noext}-${date:now:yyyyMMddHHmmss}"));
        }
        route.to(speechUri);
        if (shape != null) {
            route.process(shape);
        }
        route.setHeader(Exchange.FILE_NAME, simple("${file:name.noext}." + extension))
                .to("file:{{speech.work}}/outbox/" + useCase + "?tempFileName=${file:name}.part")
                .bean("folderSteps", "finished(${exchange}, '" + operation + "')");
    }

    /** The keys are the aws2-s3 component's (camel.component.aws2-s3.access-key/secret-key). */
    private static final String S3 = "aws2-s3://%s?region={{speech.s3.region}}&overrideEndpoint=true"
            + "&uriEndpointOverride={{speech.s3.endpoint}}&forcePathStyle=true&autoCreateBucket=true";

    /** Content type of a result or sample file by its extension; audio only when the provider did not name its type. */
    static String contentType(String extension, String speechContentType) {
        return switch (extension) {
            case "txt" -> "text/plain; charset=UTF-8";
            case "srt" -> "application/x-subrip";
            case "vtt" -> "text/vtt";
            case "json" -> "application/json";
            default -> speechContentType != null && !speechContentType.isBlank() ? speechContentType
                    : switch (extension) {
                        case "wav" -> "audio/wav";
                        case "mp3" -> "audio/mpeg";
                        case "ogg" -> "audio/ogg";
                        default -> "application/octet-stream";
                    };
        };
    }

    /** Sample file -> the S3 key it is uploaded to at start (the embedded S3 keeps nothing between runs). */
    private static final Map<String, String> S3_SAMPLES = Map.of(
            "welcome.txt", "tts/welcome.txt", "hello.wav", "stt/hello.wav", "my-voice.wav", "samples/my-voice.wav");

    private void s3Samples() {
        from("timer:s3-samples?repeatCount=1&delay=0").routeId("s3-samples")
                .process(e -> {
                    // two of them go through routes (tts/, stt/); the third is the Tencent training sample
                    board.expect(2);
                    // the timer fires while the context still starts: start the S3 endpoint before using it
                    org.apache.camel.Endpoint bucket = e.getContext().getEndpoint(String.format(S3, "{{speech.s3.input-bucket}}"));
                    org.apache.camel.support.service.ServiceHelper.startService(bucket);
                    for (Map.Entry<String, String> sample : S3_SAMPLES.entrySet()) {
                        try (java.io.InputStream in = getClass().getResourceAsStream("/samples/" + sample.getKey())) {
                            String extension = sample.getKey().substring(sample.getKey().lastIndexOf('.') + 1);
                            e.getContext().createProducerTemplate().sendBodyAndHeaders(bucket, in.readAllBytes(),
                                    Map.of("CamelAwsS3Key", sample.getValue(),
                                            "CamelAwsS3ContentType", contentType(extension, null)));
                        }
                    }
                })
                .log("Uploaded ${exchangeProperty.CamelTimerCounter} set of samples to the S3 bucket"
                     + " {{speech.s3.input-bucket}}; results appear in {{speech.s3.output-bucket}}");
    }

    private void s3Routes() {
        String input = String.format(S3, "{{speech.s3.input-bucket}}");
        String output = String.format(S3, "{{speech.s3.output-bucket}}");

        // text objects become speech objects
        from(input + "&prefix=tts/&delay=500").routeId("s3-tts")
                .process(e -> board.started("s3-tts", Reports.inputName(e)))
                .convertBodyTo(String.class)
                .to("speech:ttsai:textToSpeech?voice={{speech.ttsai.voice}}&format=wav&" + baseUrl("ttsai"))
                .process(e -> s3Result(e, "s3-tts", "textToSpeech", "tts/", ".wav"))
                .to(output)
                .process(e -> restoreInputKey(e, "s3-tts"));

        // audio objects become transcripts: the provider fetches a presigned URL, no bytes pass through here
        from(input + "&prefix=stt/&delay=500&includeBody=false").routeId("s3-stt")
                .process(e -> board.started("s3-stt", Reports.inputName(e)))
                .process(e -> e.getMessage().setHeader(SpeechConstants.AUDIO_URL, presigned.get(
                        e.getMessage().getHeader("CamelAwsS3BucketName", String.class),
                        e.getMessage().getHeader("CamelAwsS3Key", String.class), Duration.ofHours(1))))
                .setBody(constant(null))
                .to("speech:aimlapi:speechToText?" + baseUrl("aimlapi"))
                .setBody(e -> e.getMessage().getBody(Transcript.class).text())
                .process(e -> s3Result(e, "s3-stt", "speechToText", "stt/", ".txt"))
                .to(output)
                .process(e -> restoreInputKey(e, "s3-stt"));
    }

    /**
     * The output object: same name, new extension, its real content type (the provider's for audio), and the
     * sidecar's facts as its metadata. The input object's headers (length, ETag, its content type...) must not
     * describe the output, but its key is kept to delete the input afterwards.
     */
    private void s3Result(Exchange exchange, String useCase, String operation, String prefix, String extension) {
        String key = exchange.getMessage().getHeader("CamelAwsS3Key", String.class);
        String name = key.substring(key.lastIndexOf('/') + 1);
        String base = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        Map<String, String> facts = Reports.resultFacts(exchange, useCase, operation,
                board.elapsedMillis(useCase, name));
        exchange.setProperty("speechInputKey", key);
        exchange.getMessage().removeHeaders("CamelAwsS3*");
        exchange.getMessage().setHeader("CamelAwsS3Key", prefix + base + extension);
        exchange.getMessage().setHeader("CamelAwsS3Metadata", facts);
        exchange.getMessage().setHeader("CamelAwsS3ContentType", contentType(extension.substring(1),
                exchange.getMessage().getHeader(SpeechConstants.CONTENT_TYPE, String.class)));
    }

    /** The consumer deletes the object named by the key header once the exchange is done: the input's. */
    private void restoreInputKey(Exchange exchange, String useCase) {
        String inputKey = exchange.getProperty("speechInputKey", String.class);
        exchange.getMessage().setHeader("CamelAwsS3Key", inputKey);
        board.done(useCase, inputKey.substring(inputKey.lastIndexOf('/') + 1), "s3 output bucket");
    }

    /**
     * A Tencent model is trained from a sample (a presigned URL of it); nobody waits for it: its completion arrives
     * on this application's callback endpoint and the jobs consumer writes it out.
     */
    private void callbackRoutes() {
        from("timer:train?repeatCount=1&delay=1500").routeId("tencent-train")
                .process(e -> e.getMessage().setHeader(SpeechConstants.AUDIO_URL, presigned.get(
                        getContext().resolvePropertyPlaceholders("{{speech.s3.input-bucket}}"), "samples/my-voice.wav",
                        Duration.ofHours(1))))
                .setHeader("CamelSpeechModelName", simple("examples_voice_${date:now:yyyyMMddHHmmss}"))
                .to("speech:tencent:cloneVoice?wait=false&callbackBaseUrl={{speech.callback-base-url}}&"
                    + baseUrl("tencent"))
                .process(e -> board.started("callback", e.getMessage().getHeader(SpeechConstants.JOB_ID, String.class)))
                .log("Tencent training job ${header.CamelSpeechJobId} submitted; its completion will be called back");

        from("speech:tencent:jobs?callbackBaseUrl={{speech.callback-base-url}}&" + baseUrl("tencent"))
                .routeId("tencent-completions")
                .setHeader(Exchange.FILE_NAME, simple("${header.CamelSpeechJobId}.json"))
                .setBody(e -> e.getMessage().getBody(SpeechJob.class).toString())
                .to("file:{{speech.work}}/outbox/callbacks?tempFileName=${file:name}.part")
                .process(e -> board.done("callback", e.getMessage().getHeader(SpeechConstants.JOB_ID, String.class),
                        "outbox/callbacks (" + e.getMessage().getHeader(SpeechConstants.COMPLETED_BY) + ", "
                        + e.getMessage().getHeader(SpeechConstants.JOB_STATE) + ")"));
    }
}
