package io.camelspeech.component;

import io.camelspeech.sandbox.testing.TestAudio;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.camelspeech.component.job.JobState;
import io.camelspeech.component.job.SpeechJob;
import io.camelspeech.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** AudioStack: upload files, clone a voice from a folder, a list or file ids; tier limits before any call. */
class AudioStackJobsTest extends SandboxTestSupport {

    @TempDir
    Path dir;

    private Path recording(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, speech(text));
        return file;
    }

    @Test
    void uploadFilePutsTheBytesAndWaitsUntilUploaded() throws Exception {
        Path file = recording("take-1.wav", "a recording to upload to the file store");
        Exchange result = template.request(sandboxUri("audiostack", "uploadFile", ""), e -> e.getMessage().setBody(file.toFile()));

        assertThat(result.getException()).isNull();
        String fileId = result.getMessage().getHeader(SpeechConstants.FILE_IDS, String.class);
        assertThat(fileId).isNotBlank();
        RecordedRequest create = sandbox.wire().requests("/audiostack/files").get(0);
        assertThat(create.header("x-api-key")).isEqualTo("sandbox-key");
        assertThat(create.json().get("file_name").asText()).isEqualTo("take-1.wav");
        RecordedRequest put = sandbox.wire().requests().stream().filter(r -> r.method().equals("PUT")).findFirst().orElseThrow();
        assertThat(put.bodyBytes()).isEqualTo(Files.size(file));
        assertThat(put.header("x-api-key")).as("the upload URL is presigned").isNull();
    }

    @Test
    void aFolderOfRecordingsBecomesAnInstantClone() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("voice"));
        Files.move(recording("a.wav", "the first recording of the voice to clone"), folder.resolve("a.wav"));
        Files.move(recording("b.wav", "the second recording of the voice to clone"), folder.resolve("b.wav"));

        Exchange result = template.request(sandboxUri("audiostack", "cloneVoice", "alias=clone-folder-1&gender=female"),
                e -> e.getMessage().setBody(folder.toFile()));

        assertThat(result.getException()).isNull();
        SpeechJob job = result.getMessage().getBody(SpeechJob.class);
        assertThat(job.id()).isEqualTo("clone-folder-1");
        assertThat(job.state()).isEqualTo(JobState.COMPLETED);
        assertThat(job.providerState()).isEqualTo("succeeded");
        assertThat(result.getMessage().getHeader(SpeechConstants.DISCARDED_FILES)).isNotNull();
        RecordedRequest clone = sandbox.wire().requests("/audiostack/speech/voice-cloning").stream()
                .filter(r -> r.method().equals("POST")).findFirst().orElseThrow();
        assertThat(clone.json().get("fileIds")).hasSize(2);
        assertThat(clone.json().get("engine").asText()).isEqualTo("voice_engine_3");
        assertThat(clone.json().get("metadata").get("gender").asText()).isEqualTo("female");
        assertThat(sandbox.wire().count("/audiostack/files")).as("two uploads first").isGreaterThanOrEqualTo(2);
    }

    @Test
    void alreadyUploadedFileIdsAreUsedAsTheyAre() throws Exception {
        Path file = recording("take.wav", "a recording that was uploaded before the clone");
        String fileId = template.request(sandboxUri("audiostack", "uploadFile", ""), e -> e.getMessage().setBody(file.toFile()))
                .getMessage().getHeader(SpeechConstants.FILE_IDS, String.class);
        sandbox.wire().clear();

        Exchange result = template.request(sandboxUri("audiostack", "cloneVoice", "alias=clone-by-id"),
                e -> e.getMessage().setHeader(SpeechConstants.FILE_IDS, fileId));

        assertThat(result.getException()).isNull();
        assertThat(sandbox.wire().count("/audiostack/files")).as("nothing uploaded again").isZero();
        assertThat(result.getMessage().getBody(SpeechJob.class).state()).isEqualTo(JobState.COMPLETED);
    }

    @Test
    void aProfessionalCloneIsLeftRunningWithWaitFalseAndLookedUpByAliasUntilReady() throws Exception {
        // 3 x 11 minutes: above the professional tier's 10 min per file and 30 min in all
        List<java.io.File> recordings = List.of(silentWav("pro-1.wav", 660), silentWav("pro-2.wav", 660),
                silentWav("pro-3.wav", 660));
        Exchange submitted = template.request(sandboxUri("audiostack", "cloneVoice", "alias=clone-pro&tier=professional&wait=false"),
                e -> e.getMessage().setBody(recordings));
        assertThat(submitted.getException()).isNull();
        assertThat(submitted.getMessage().getHeader(SpeechConstants.JOB_ID)).isEqualTo("clone-pro");
        assertThat(submitted.getMessage().getHeader(SpeechConstants.JOB_STATE)).isEqualTo("SUBMITTED");
        // the page documents no tier field: only what it documents is sent
        assertThat(sandbox.wire().last().json().fieldNames()).toIterable()
                .containsExactlyInAnyOrder("fileIds", "alias", "engine", "metadata");

        SpeechJob job = null;
        for (int i = 0; i < 100 && (job == null || !job.state().isFinal()); i++) {
            Thread.sleep(100);
            job = template.request(sandboxUri("audiostack", "getJob", "jobId=clone-pro"), e -> {
            }).getMessage().getBody(SpeechJob.class);
        }
        assertThat(job.id()).isEqualTo("clone-pro");
        assertThat(job.state()).isEqualTo(JobState.COMPLETED);
    }

    /** A valid WAV of silence; sparse on disk, so minutes of it cost nothing to make. */
    private java.io.File silentWav(String name, int seconds) throws Exception {
        return TestAudio.SPEECH.sparse(dir.resolve(name), TestAudio.WAV_HEADER_BYTES + TestAudio.SPEECH.dataBytes(seconds))
                .toFile();
    }

    @Test
    void tierLimitsAreCheckedBeforeAnythingIsUploaded() throws Exception {
        Path shortOne = recording("short.wav", "hi");
        Exchange tooShort = template.request(sandboxUri("audiostack", "cloneVoice", "alias=too-short"),
                e -> e.getMessage().setBody(shortOne.toFile()));
        assertThat(tooShort.getException()).isInstanceOf(SpeechValidationException.class)
                .hasMessageContaining("short.wav lasts").hasMessageContaining("less than the instant tier's 1.5 s per file");

        Path longer = recording("ok.wav", "long enough for an instant clone, easily");
        Exchange professional = template.request(sandboxUri("audiostack", "cloneVoice", "alias=pro-short&tier=professional"),
                e -> e.getMessage().setBody(longer.toFile()));
        assertThat(professional.getException()).hasMessageContaining("less than the professional tier's 600.0 s per file");

        Exchange tooMany = template.request(sandboxUri("audiostack", "cloneVoice", "alias=too-many"),
                e -> e.getMessage().setHeader(SpeechConstants.FILE_IDS, String.join(",", java.util.Collections.nCopies(26, "f"))));
        assertThat(tooMany.getException()).hasMessageContaining("26 files, more than the instant tier's 25");

        assertThat(sandbox.wire().requests()).as("nothing was sent").isEmpty();
    }

    @Test
    void discardedFilesReachTheRouteWithTheirReasons() throws Exception {
        String good = upload(recording("good.wav", "a good long recording of the voice to clone"));
        String tooShort = upload(recording("blip.wav", "hi"));

        Exchange result = template.request(sandboxUri("audiostack", "cloneVoice", "alias=clone-discards"),
                e -> e.getMessage().setHeader(SpeechConstants.FILE_IDS, good + "," + tooShort));

        assertThat(result.getException()).isNull();
        List<?> discarded = result.getMessage().getHeader(SpeechConstants.DISCARDED_FILES, List.class);
        assertThat(discarded).hasSize(1);
        @SuppressWarnings("unchecked")
        Map<String, Object> entry = (Map<String, Object>) discarded.get(0);
        assertThat(entry).containsEntry("fileId", tooShort).containsKey("reason");
    }

    private String upload(Path file) {
        return template.request(sandboxUri("audiostack", "uploadFile", ""), e -> e.getMessage().setBody(file.toFile()))
                .getMessage().getHeader(SpeechConstants.FILE_IDS, String.class);
    }
}
