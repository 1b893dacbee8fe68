package io.camelspeech.component;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelspeech.component.job.JobState;
import io.camelspeech.component.job.SpeechJob;
import io.camelspeech.component.job.SpeechJobException;
import io.camelspeech.component.model.JobList;
import io.camelspeech.component.model.ModelList;
import io.camelspeech.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** Tencent: train a model (type 2), speak with it (type 1), look jobs up, page through models. */
class TencentJobsTest extends SandboxTestSupport {

    @Test
    void trainingFromAnAudioUrlCompletesWithTheModelName() {
        Exchange result = template.request(sandboxUri("tencent", "cloneVoice",
                "voice=narrator_test_1&totalEpoch=10&customId=batch-7"), e -> {
                    e.getMessage().setHeader(SpeechConstants.AUDIO_URL, "https://example.invalid/voice-sample.wav");
                });

        assertThat(result.getException()).isNull();
        SpeechJob job = result.getMessage().getBody(SpeechJob.class);
        assertThat(job.state()).isEqualTo(JobState.COMPLETED);
        assertThat(job.providerState()).isEqualTo("3");
        assertThat(job.details()).containsEntry("modelName", "narrator_test_1");

        RecordedRequest create = sandbox.wire().requests("/tencent/release/job").get(0);
        assertThat(create.json().get("action").asText()).isEqualTo("CreateJob");
        assertThat(create.json().get("secretId").asText()).isEqualTo("sandbox-id");
        var request = create.json().get("createJobRequest");
        assertThat(request.get("inputs").get(0).get("url").asText()).isEqualTo("https://example.invalid/voice-sample.wav");
        assertThat(request.get("customId").asText()).isEqualTo("batch-7");
        var cloning = request.get("outputs").get(0).get("smartContentDescriptor").get("voiceCloning");
        assertThat(cloning.get("type").asInt()).isEqualTo(2);
        assertThat(cloning.get("totalEpoch").asInt()).isEqualTo(10);
    }

    @Test
    void trainingFromARepositoryObjectSendsItsRepositoryAndRefusesAPathAlone() {
        Exchange pathAlone = template.request(sandboxUri("tencent", "cloneVoice",
                "voice=narrator_repo&sourcePath=/samples/voice.wav"), e -> {
                });
        assertThat(pathAlone.getException()).isInstanceOf(SpeechValidationException.class)
                .hasMessageContaining("contentId").hasMessageContaining("sourcePath");
        assertThat(((SpeechValidationException) pathAlone.getException()).getSubject()).isEqualTo("contentId");
        assertThat(sandbox.wire().requests("/tencent/release/job")).as("nothing paid for").isEmpty();

        Exchange withRepository = template.request(sandboxUri("tencent", "cloneVoice",
                "voice=narrator_repo&sourcePath=/samples/voice.wav&contentId=repo-1"), e -> {
                });
        assertThat(withRepository.getException()).isNull();
        var input = sandbox.wire().requests("/tencent/release/job").get(0).json().get("createJobRequest").get("inputs").get(0);
        assertThat(input.get("source").get("contentId").asText()).isEqualTo("repo-1");
        assertThat(input.get("source").get("path").asText()).isEqualTo("/samples/voice.wav");
    }

    @Test
    void speechFromTextWithATrainedModelNamesTheGeneratedObject() {
        Exchange result = template.request(sandboxUri("tencent", "clonedSpeech",
                "contentId=repo-1&destination=/clones/&outputPrefix=hello_"), e -> e.getMessage().setBody("Hello in a cloned voice"));

        assertThat(result.getException()).isNull();
        SpeechJob job = result.getMessage().getBody(SpeechJob.class);
        assertThat(job.state()).isEqualTo(JobState.COMPLETED);
        assertThat(job.details()).containsKey("voiceName");
        assertThat(job.resultLocation()).startsWith("repo-1:/clones/").endsWith(job.details().get("voiceName").toString());
        assertThat(result.getMessage().getHeader(SpeechConstants.RESULT_LOCATION)).isEqualTo(job.resultLocation());
        var input = sandbox.wire().requests("/tencent/release/job").get(0).json().get("createJobRequest").get("inputs").get(0);
        assertThat(input.get("sourceData").asText()).isEqualTo("Hello in a cloned voice");
    }

    @Test
    void withoutWaitingGetJobAndListJobsFindTheJob() throws Exception {
        Exchange submitted = template.request(sandboxUri("tencent", "clonedSpeech", "contentId=repo-1&customId=nightly&wait=false"),
                e -> e.getMessage().setBody("later"));
        String id = submitted.getMessage().getHeader(SpeechConstants.JOB_ID, String.class);
        assertThat(submitted.getMessage().getHeader(SpeechConstants.JOB_STATE)).isIn("SUBMITTED", "RUNNING");

        SpeechJob job = null;
        for (int i = 0; i < 50 && (job == null || !job.state().isFinal()); i++) {
            Thread.sleep(100);
            job = template.request(sandboxUri("tencent", "getJob", "jobId=" + id), e -> {
            }).getMessage().getBody(SpeechJob.class);
        }
        assertThat(job.state()).isEqualTo(JobState.COMPLETED);

        JobList listed = template.request(sandboxUri("tencent", "listJobs", "customId=nightly"), e -> {
        }).getMessage().getBody(JobList.class);
        assertThat(listed.jobs()).extracting(SpeechJob::id).contains(id);
    }

    @Test
    void anErrorStateRaisesWithTheJobId() {
        sandbox.jobs().failNext("tencent", "training data too noisy");
        Exchange result = template.request(sandboxUri("tencent", "cloneVoice", "voice=noisy_one"),
                e -> e.getMessage().setHeader(SpeechConstants.AUDIO_URL, "https://example.invalid/noisy.wav"));
        assertThat(result.getException()).isInstanceOf(SpeechJobException.class).hasMessageContaining("training data too noisy");
        assertThat(result.getMessage().getHeader(SpeechConstants.JOB_STATE)).isEqualTo("FAILED");
        assertThat(result.getException().getMessage()).doesNotContain("sandbox-secret");
    }

    @Test
    void aJobTimeoutRaisesWithTheId() {
        sandbox.jobs().stallNext("tencent");
        Exchange result = template.request(sandboxUri("tencent", "clonedSpeech", "contentId=repo-1&jobTimeout=300"),
                e -> e.getMessage().setBody("never"));
        assertThat(((SpeechJobException) result.getException()).getReason()).isEqualTo(SpeechJobException.Reason.TIMEOUT);
        assertThat(result.getMessage().getHeader(SpeechConstants.JOB_ID)).isNotNull();
    }

    @Test
    void modelsArePagedAndCanBeFetchedWhole() {
        ModelList firstPage = template.request(sandboxUri("tencent", "listModels", "limit=2"), e -> {
        }).getMessage().getBody(ModelList.class);
        assertThat(firstPage.models()).hasSize(2);

        ModelList all = template.request(sandboxUri("tencent", "listModels", "limit=2&fetchAllPages=true"), e -> {
        }).getMessage().getBody(ModelList.class);
        assertThat(all.models().size()).isGreaterThan(2);
        assertThat(sandbox.wire().count("/tencent/release/music_model")).isGreaterThan(2);
    }

    @Test
    void documentedRulesAreCheckedBeforeAnyCall() {
        Exchange tooLong = template.request(sandboxUri("tencent", "clonedSpeech", "contentId=repo-1"),
                e -> e.getMessage().setBody("x".repeat(513)));
        assertThat(tooLong.getException()).hasMessageContaining("513 characters, more than the limit of 512");

        // the documented rules are declared once: checked on URI values when the endpoint is created...
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> context.getEndpoint(sandboxUri("tencent", "cloneVoice", "voice=has-dash"))))
                .hasStackTraceContaining("letters, digits and _");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> context.getEndpoint(sandboxUri("tencent", "clonedSpeech", "contentId=r&outputPrefix=" + "p".repeat(20)))))
                .hasStackTraceContaining("outputPrefix must be at most 19 characters");
        // ...and on header values per message
        Exchange badName = template.request(sandboxUri("tencent", "cloneVoice", "voice=fine_name"), e -> {
            e.getMessage().setHeader(SpeechConstants.AUDIO_URL, "https://example.invalid/a.wav");
            e.getMessage().setHeader(SpeechConstants.headerFor("voice"), "has-dash");
        });
        assertThat(badName.getException()).isInstanceOf(SpeechValidationException.class)
                .hasMessageContaining("letters, digits and _");
        Exchange longCustomId = template.request(sandboxUri("tencent", "clonedSpeech", "contentId=repo-1"), e -> {
            e.getMessage().setHeader(SpeechConstants.headerFor("customId"), "c".repeat(64));
            e.getMessage().setBody("hello");
        });
        assertThat(longCustomId.getException()).hasMessageContaining("CamelSpeechCustomId").hasMessageContaining("at most 63");

        assertThat(org.assertj.core.api.Assertions.catchThrowable(
                () -> context.getEndpoint(sandboxUri("tencent", "cloneVoice", "voice=a&totalEpoch=51"))))
                .hasStackTraceContaining("totalEpoch must be between 1 and 50");
        assertThat(sandbox.wire().requests()).isEmpty();
    }

    @Test
    void wrongCredentialsAreAProviderErrorThatNeverShowsTheSecret() {
        Exchange result = template.request("speech:tencent:listModels?secretId=sandbox-id&secretKey=RAW(wrong-secret-value)&baseUrl="
                                           + sandbox.providerBaseUrl("tencent"), e -> {
                                           });
        assertThat(result.getException()).isInstanceOf(SpeechProviderException.class);
        assertThat(result.getException().getMessage()).doesNotContain("wrong-secret-value");
    }
}
