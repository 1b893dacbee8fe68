package io.camelspeech.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import io.camelspeech.component.model.Transcript;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every body a route may carry reaches the provider as the same bytes, named after its source. */
class InputBodiesTest extends SandboxTestSupport {

    @TempDir
    static Path dir;

    private static byte[] wav;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:stt").to(ttsai("speechToText", ""));
                from("direct:tts").to(ttsai("textToSpeech", "voice=af_bella&format=wav"));
                from("file:" + dir.resolve("inbox") + "?include=.*\\.wav&move=.done").routeId("stt-files")
                        .to(ttsai("speechToText", ""))
                        .setHeader(Exchange.FILE_NAME, simple("${file:name.noext}.txt"))
                        .to("file:" + dir.resolve("outbox"));
                from("file:" + dir.resolve("texts") + "?include=.*\\.txt&move=.done").routeId("tts-files")
                        .to(ttsai("textToSpeech", "voice=af_bella&format=wav"))
                        .setHeader(Exchange.FILE_NAME, simple("${file:name.noext}.wav"))
                        .to("file:" + dir.resolve("speech"));
            }
        };
    }

    private byte[] sampleWav() {
        if (wav == null) {
            wav = template.requestBody("direct:tts", "sample speech for every body type", byte[].class);
        }
        return wav;
    }

    private Transcript transcribe(Object body) {
        Exchange result = template.request("direct:stt", e -> e.getMessage().setBody(body));
        assertThat(result.getException()).isNull();
        assertThat(sandbox.wire().last().files().get("file").size()).isEqualTo(sampleWav().length);
        return result.getMessage().getBody(Transcript.class);
    }

    @Test
    void byteArrayInputStreamFileAndPathBodiesAllArriveWhole() throws Exception {
        byte[] audio = sampleWav();
        Path file = dir.resolve("sample.wav");
        Files.write(file, audio);

        assertThat(transcribe(audio).text()).isEqualTo("sample speech for every body type");
        assertThat(transcribe(new ByteArrayInputStream(audio)).text()).isEqualTo("sample speech for every body type");
        assertThat(transcribe(file.toFile()).text()).isEqualTo("sample speech for every body type");
        assertThat(sandbox.wire().last().files().get("file").fileName()).isEqualTo("sample.wav");
        assertThat(transcribe(file).text()).isEqualTo("sample speech for every body type");
    }

    @Test
    void anS3ConsumerStreamIsNamedAfterItsObjectKey() {
        byte[] audio = sampleWav();
        Exchange result = template.request("direct:stt", e -> {
            e.getMessage().setBody(new java.io.BufferedInputStream(new ByteArrayInputStream(audio)));
            e.getMessage().setHeader("CamelAwsS3Key", "meetings/2026/standup.wav");
        });
        assertThat(result.getException()).isNull();
        assertThat(sandbox.wire().last().files().get("file").fileName()).isEqualTo("standup.wav");
        assertThat(sandbox.wire().last().files().get("file").size()).isEqualTo(audio.length);
    }

    @Test
    void aLargeStreamIsSpooledAndSentWhole() throws Exception {
        byte[] audio = sampleWav();
        byte[] padded = new byte[audio.length + 3 * 1024 * 1024]; // above the 1 MB spool threshold
        System.arraycopy(audio, 0, padded, 0, audio.length);
        Exchange result = template.request("direct:stt", e -> e.getMessage().setBody(new ByteArrayInputStream(padded) {
            // not a ByteArrayInputStream to the component's eyes: a plain stream of unknown length
        }));
        assertThat(result.getException()).isNull();
        assertThat(sandbox.wire().last().files().get("file").size()).isEqualTo(padded.length);
    }

    @Test
    void fileConsumerBodiesGoStraightFromDiskAndKeepTheirName() throws Exception {
        byte[] audio = sampleWav();
        NotifyBuilder done = new NotifyBuilder(context).whenCompleted(1).fromRoute("stt-files").create();
        drop(audio, dir.resolve("inbox/meeting.wav"));
        assertThat(done.matches(10, TimeUnit.SECONDS)).isTrue();

        assertThat(Files.readString(dir.resolve("outbox/meeting.txt"))).contains("sample speech for every body type");
        assertThat(sandbox.wire().last().files().get("file").fileName()).isEqualTo("meeting.wav");
    }

    @Test
    void textFilesBecomeSpeech() throws Exception {
        NotifyBuilder done = new NotifyBuilder(context).whenCompleted(1).fromRoute("tts-files").create();
        drop("Good morning from a dropped file".getBytes(), dir.resolve("texts/greeting.txt"));
        assertThat(done.matches(10, TimeUnit.SECONDS)).isTrue();

        byte[] speech = Files.readAllBytes(dir.resolve("speech/greeting.wav"));
        assertThat(new String(speech, 0, 4)).isEqualTo("RIFF");
        assertThat(sandbox.wire().last().json().get("text").asText()).isEqualTo("Good morning from a dropped file");
    }

    /** Written aside and moved in, so the consumer never sees half a file. */
    private static void drop(byte[] content, Path target) throws Exception {
        Files.createDirectories(target.getParent());
        Path staging = Files.write(dir.resolve(target.getFileName() + ".staging"), content);
        Files.move(staging, target, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
