package io.camelspeech.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;

import io.camelspeech.component.model.AudioAnalysis;
import io.camelspeech.component.model.ModelList;
import io.camelspeech.component.model.SpeechTranslation;
import io.camelspeech.component.model.TaskAccepted;
import io.camelspeech.component.model.Transcript;
import io.camelspeech.component.model.VoiceChatReply;
import io.camelspeech.component.model.VoiceList;
import io.camelspeech.sandbox.RecordedRequest;
import org.apache.camel.Exchange;
import org.apache.camel.StreamCache;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every TTS.ai endpoint through a Camel route, asserting on what crossed the wire and what the route produced. */
class TtsAiOperationsTest extends SandboxTestSupport {

    @TempDir
    Path dir;

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:tts").to(ttsai("textToSpeech", "voice=af_bella&format=wav&speed=1.25&language=en"));
                from("direct:stt").to(ttsai("speechToText", "timestamps=true&diarize=true"));
                from("direct:clone").to(ttsai("clonedSpeech", "model=chatterbox&format=wav"));
                from("direct:convert-voice").to(ttsai("voiceConversion", "targetVoice=af_sarah&model=knn-vc"));
                from("direct:translate").to(ttsai("speechTranslation", "targetLanguage=es&preserveVoice=true"));
                from("direct:sts").to(ttsai("speechToSpeech", "voice=am_adam&emotion=happy&speed=0.8"));
                from("direct:enhance").to(ttsai("audioEnhance", "denoise=true&superResolution=true&strength=3"));
                from("direct:separate").to(ttsai("audioSeparate", "stems=4&model=demucs"));
                from("direct:dereverb").to(ttsai("audioDereverb", "dereverbType=echo&intensity=5"));
                from("direct:analyze").to(ttsai("audioAnalyze", ""));
                from("direct:convert").to(ttsai("audioConvert", "format=wav&sampleRate=44100&channels=mono&bitrate=192"));
                from("direct:chat").to(ttsai("voiceChat", "systemPrompt=Be brief&voice=af_bella"));
                from("direct:models").to(ttsai("listModels", ""));
                from("direct:voices").to(ttsai("listVoices", "model=kokoro&gender=female"));
            }
        };
    }

    private byte[] speak(String text) throws Exception {
        Exchange result = template.request("direct:tts", e -> e.getMessage().setBody(text));
        assertThat(result.getException()).isNull();
        return result.getMessage().getBody(byte[].class);
    }

    @Test
    void textToSpeechSendsDocumentedJsonAndReturnsAudioWithCreditHeaders() throws Exception {
        Exchange result = template.request("direct:tts", e -> e.getMessage().setBody("Hello from camel-speech"));

        assertThat(result.getException()).isNull();
        RecordedRequest request = sandbox.wire().last();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/ttsai/v1/tts/");
        assertThat(request.header("Authorization")).isEqualTo("Bearer sandbox-key");
        assertThat(request.json().get("text").asText()).isEqualTo("Hello from camel-speech");
        assertThat(request.json().get("model").asText()).isEqualTo("kokoro");
        assertThat(request.json().get("voice").asText()).isEqualTo("af_bella");
        assertThat(request.json().get("format").asText()).isEqualTo("wav");
        assertThat(request.json().get("speed").asDouble()).isEqualTo(1.25);
        assertThat(request.json().get("language").asText()).isEqualTo("en");

        assertThat(result.getMessage().getBody()).isInstanceOf(StreamCache.class);
        byte[] audio = result.getMessage().getBody(byte[].class);
        assertThat(new String(audio, 0, 4)).isEqualTo("RIFF");
        assertThat(new String(audio, 8, 4)).isEqualTo("WAVE");
        assertThat(result.getMessage().getHeader(SpeechConstants.CONTENT_TYPE)).isEqualTo("audio/wav");
        assertThat(result.getMessage().getHeader(SpeechConstants.CREDITS_USED, Long.class)).isPositive();
        assertThat(result.getMessage().getHeader(SpeechConstants.CREDITS_REMAINING, Long.class)).isPositive();
        assertThat(result.getMessage().getHeader(SpeechConstants.RATE_LIMIT_LIMIT, Long.class)).isPositive();
        assertThat(result.getMessage().getHeader(SpeechConstants.RATE_LIMIT_REMAINING)).isNotNull();
        assertThat(result.getMessage().getHeader(SpeechConstants.RATE_LIMIT_RESET)).isNotNull();
        assertThat(result.getMessage().getHeader(SpeechConstants.PROVIDER)).isEqualTo("ttsai");
    }

    @Test
    void headerOverridesOptionForOneMessageOnly() throws Exception {
        template.send("direct:tts", e -> {
            e.getMessage().setBody("Override");
            e.getMessage().setHeader(SpeechConstants.VOICE, "am_adam");
            e.getMessage().setHeader(SpeechConstants.SPEED, "0.5");
        });
        assertThat(sandbox.wire().last().json().get("voice").asText()).isEqualTo("am_adam");
        assertThat(sandbox.wire().last().json().get("speed").asDouble()).isEqualTo(0.5);

        speak("Back to the option");
        assertThat(sandbox.wire().last().json().get("voice").asText()).isEqualTo("af_bella");
    }

    @Test
    void speechToTextRoundTripGivesTypedTranscriptWithSpeakersAndWords() throws Exception {
        byte[] audio = speak("the quick brown fox jumps over the lazy dog");
        Path wav = dir.resolve("fox.wav");
        Files.write(wav, audio);

        Exchange result = template.request("direct:stt", e -> e.getMessage().setBody(wav.toFile()));

        assertThat(result.getException()).isNull();
        Transcript transcript = result.getMessage().getBody(Transcript.class);
        assertThat(transcript.text()).isEqualTo("the quick brown fox jumps over the lazy dog");
        assertThat(transcript.duration()).isPositive();
        assertThat(transcript.segments()).isNotEmpty();
        assertThat(transcript.segments().get(0).speaker()).startsWith("SPEAKER_");
        assertThat(transcript.segments().get(0).words()).isNotEmpty();
        assertThat(result.getMessage().getBody(String.class)).contains("\"text\":\"the quick brown fox");
        assertThat(result.getMessage().getHeader(SpeechConstants.RAW_RESPONSE, String.class)).contains("segments");

        RecordedRequest request = sandbox.wire().last();
        assertThat(request.path()).isEqualTo("/ttsai/v1/stt/");
        assertThat(request.files().get("file").fileName()).isEqualTo("fox.wav");
        assertThat(request.files().get("file").size()).isEqualTo(audio.length);
        assertThat(request.formFields()).containsEntry("timestamps", "true").containsEntry("diarize", "true");
    }

    @Test
    void clonedSpeechTakesTextBodyAndReferenceAudioOption() throws Exception {
        Path reference = dir.resolve("reference.wav");
        Files.write(reference, speak("my reference voice"));

        Exchange result = template.request("direct:clone", e -> {
            e.getMessage().setBody("This speech uses a cloned voice.");
            e.getMessage().setHeader(SpeechConstants.REFERENCE_AUDIO, reference.toString());
        });

        assertThat(result.getException()).isNull();
        RecordedRequest request = sandbox.wire().last();
        assertThat(request.path()).isEqualTo("/ttsai/v1/tts/clone/");
        assertThat(request.formFields()).containsEntry("text", "This speech uses a cloned voice.")
                .containsEntry("model", "chatterbox");
        assertThat(request.files()).containsKey("reference_audio");
        assertThat(result.getMessage().getBody(byte[].class)).startsWith("RIFF".getBytes());
    }

    @Test
    void clonedSpeechTakesAudioBodyWithTextHeader() throws Exception {
        byte[] reference = speak("reference");
        Exchange result = template.request("direct:clone", e -> {
            e.getMessage().setBody(new ByteArrayInputStream(reference));
            e.getMessage().setHeader(SpeechConstants.TEXT, "Spoken in the reference voice");
        });

        assertThat(result.getException()).isNull();
        assertThat(sandbox.wire().last().formFields()).containsEntry("text", "Spoken in the reference voice");
        assertThat(sandbox.wire().last().files().get("reference_audio").size()).isEqualTo(reference.length);
    }

    @Test
    void voiceConversionSendsTargetVoice() throws Exception {
        byte[] source = speak("convert me");
        Exchange result = template.request("direct:convert-voice", e -> e.getMessage().setBody(source));

        assertThat(result.getException()).isNull();
        assertThat(sandbox.wire().last().path()).isEqualTo("/ttsai/v1/voice-convert/");
        assertThat(sandbox.wire().last().formFields()).containsEntry("target_voice", "af_sarah")
                .containsEntry("model", "knn-vc");
        assertThat(result.getMessage().getBody(byte[].class)).startsWith("RIFF".getBytes());
    }

    @Test
    void speechTranslationGivesTypedResultAndAudioUrlHeader() throws Exception {
        byte[] source = speak("how are you");
        Exchange result = template.request("direct:translate", e -> e.getMessage().setBody(source));

        assertThat(result.getException()).isNull();
        SpeechTranslation translation = result.getMessage().getBody(SpeechTranslation.class);
        assertThat(translation.originalText()).isEqualTo("how are you");
        assertThat(translation.targetLanguage()).isEqualTo("es");
        assertThat(translation.audioUrl()).contains("/ttsai/v1/results/");
        assertThat(result.getMessage().getHeader(SpeechConstants.AUDIO_URL)).isEqualTo(translation.audioUrl());
        assertThat(sandbox.wire().last().formFields()).containsEntry("target_language", "es")
                .containsEntry("preserve_voice", "true");
    }

    @Test
    void speechToSpeechSendsVoiceEmotionAndSpeed() throws Exception {
        byte[] source = speak("say it happily");
        Exchange result = template.request("direct:sts", e -> e.getMessage().setBody(source));

        assertThat(result.getException()).isNull();
        assertThat(sandbox.wire().last().path()).isEqualTo("/ttsai/v1/speech-to-speech/");
        assertThat(sandbox.wire().last().formFields()).containsEntry("voice", "am_adam")
                .containsEntry("emotion", "happy").containsEntry("speed", "0.8");
        assertThat(result.getMessage().getBody(byte[].class)).startsWith("RIFF".getBytes());
    }

    @Test
    void audioToolsSendTheirParameters() throws Exception {
        byte[] source = speak("an audio tool test");

        Exchange enhanced = template.request("direct:enhance", e -> e.getMessage().setBody(source));
        assertThat(enhanced.getException()).isNull();
        assertThat(sandbox.wire().last().formFields()).containsEntry("denoise", "true")
                .containsEntry("super_resolution", "true").containsEntry("strength", "3");

        Exchange dereverbed = template.request("direct:dereverb", e -> e.getMessage().setBody(source));
        assertThat(dereverbed.getException()).isNull();
        assertThat(sandbox.wire().last().formFields()).containsEntry("type", "echo").containsEntry("intensity", "5");

        Exchange converted = template.request("direct:convert", e -> e.getMessage().setBody(source));
        assertThat(converted.getException()).isNull();
        assertThat(sandbox.wire().last().formFields()).containsEntry("format", "wav")
                .containsEntry("sample_rate", "44100").containsEntry("channels", "mono").containsEntry("bitrate", "192");
        assertThat(converted.getMessage().getBody(byte[].class)).startsWith("RIFF".getBytes());

        Exchange analyzed = template.request("direct:analyze", e -> e.getMessage().setBody(source));
        assertThat(analyzed.getException()).isNull();
        AudioAnalysis analysis = analyzed.getMessage().getBody(AudioAnalysis.class);
        assertThat(analysis.key()).isNotBlank();
        assertThat(analysis.bpm()).isPositive();
        assertThat(analysis.compatibleKeys()).isNotEmpty();
    }

    @Test
    void audioSeparateReturnsStemsArchive() throws Exception {
        byte[] source = speak("separate these stems");
        Exchange result = template.request("direct:separate", e -> e.getMessage().setBody(source));

        assertThat(result.getException()).isNull();
        assertThat(sandbox.wire().last().formFields()).containsEntry("stems", "4").containsEntry("model", "demucs");
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(result.getMessage().getBody(InputStream.class))) {
            while (zip.getNextEntry() != null) {
                entries++;
            }
        }
        assertThat(entries).isEqualTo(4);
    }

    @Test
    void audioSeparateWithWebhookReturnsAcceptedTask() throws Exception {
        byte[] source = speak("separate later");
        Exchange result = template.request("direct:separate", e -> {
            e.getMessage().setBody(source);
            e.getMessage().setHeader(SpeechConstants.CALLBACK_URL, "http://127.0.0.1:9/unused-hook");
        });

        assertThat(result.getException()).isNull();
        TaskAccepted task = result.getMessage().getBody(TaskAccepted.class);
        assertThat(task.taskId()).startsWith("task_");
        assertThat(result.getMessage().getHeader(SpeechConstants.JOB_ID)).isEqualTo(task.taskId());
        assertThat(sandbox.wire().last().formFields()).containsEntry("webhook_url", "http://127.0.0.1:9/unused-hook");
    }

    @Test
    void voiceChatSendsTextAsJsonAndAudioAsMultipartAndCarriesTheConversation() throws Exception {
        Exchange first = template.request("direct:chat", e -> e.getMessage().setBody("What is the capital of France?"));
        assertThat(first.getException()).isNull();
        VoiceChatReply reply = first.getMessage().getBody(VoiceChatReply.class);
        assertThat(reply.userText()).isEqualTo("What is the capital of France?");
        assertThat(reply.aiText()).isNotBlank();
        assertThat(sandbox.wire().last().json().get("system_prompt").asText()).isEqualTo("Be brief");
        String conversation = first.getMessage().getHeader(SpeechConstants.CONVERSATION_ID, String.class);
        assertThat(conversation).isEqualTo(reply.conversationId());

        byte[] question = speak("and of Spain");
        Exchange second = template.request("direct:chat", e -> {
            e.getMessage().setBody(question);
            e.getMessage().setHeader(SpeechConstants.CONVERSATION_ID, conversation);
        });
        assertThat(second.getException()).isNull();
        RecordedRequest request = sandbox.wire().last();
        assertThat(request.files()).containsKey("audio");
        assertThat(request.formFields()).containsEntry("conversation_id", conversation);
        assertThat(second.getMessage().getBody(VoiceChatReply.class).userText()).isEqualTo("and of Spain");
    }

    @Test
    void listModelsAndVoicesGiveTypedListsAndSendFilters() {
        ModelList models = template.requestBody("direct:models", null, ModelList.class);
        assertThat(models.models()).extracting(ModelList.Model::id).contains("kokoro", "chatterbox", "whisper");
        assertThat(sandbox.wire().last().method()).isEqualTo("GET");
        // credits_per_1k_chars as documented (and as the answer carried it), not lost to the naming strategy
        assertThat(models.models()).filteredOn(m -> m.id().equals("kokoro")).singleElement()
                .extracting(ModelList.Model::creditsPer1kChars).isEqualTo(2.0);
        assertThat(models.toString()).contains("\"credits_per_1k_chars\":2.0");

        VoiceList voices = template.requestBody("direct:voices", null, VoiceList.class);
        assertThat(voices.voices()).isNotEmpty().allSatisfy(v -> {
            assertThat(v.model()).isEqualTo("kokoro");
            assertThat(v.gender()).isEqualTo("female");
        });
        assertThat(voices.total()).isEqualTo(voices.voices().size());
        assertThat(sandbox.wire().last().query()).contains("model=kokoro").contains("gender=female");
    }

    @Test
    void typedResultsReadAsJsonTextAndBackIntoTheirType() throws Exception {
        VoiceList voices = template.requestBody("direct:voices", null, VoiceList.class);
        String json = context.getTypeConverter().convertTo(String.class, voices);
        assertThat(json).startsWith("{\"voices\":[").contains("\"preview_url\"");
        VoiceList back = io.camelspeech.component.model.SpeechJson.MAPPER.readValue(json, VoiceList.class);
        assertThat(back).isEqualTo(voices);
    }

    @Test
    void anAnswerAboveTheSpoolThresholdIsWrittenToDiskNotHeldInMemory() {
        String uri = ttsai("textToSpeech", "voice=af_bella&format=wav&spoolThreshold=4096");
        Exchange result = template.request(uri, e -> e.getMessage().setBody("a sentence long enough to pass four kilobytes"));

        assertThat(result.getException()).isNull();
        StreamCache body = result.getMessage().getBody(StreamCache.class);
        assertThat(body.inMemory()).isFalse();
        assertThat(body.length()).isGreaterThan(4096);
    }

    @Test
    void theApiKeyIsMaskedWhereverTheEndpointIsShown() {
        String uri = "speech:ttsai:listModels?apiKey=sk-tts-visible-secret&baseUrl=" + sandbox.providerBaseUrl("ttsai");
        org.apache.camel.Endpoint endpoint = context.getEndpoint(uri);
        assertThat(endpoint.toString()).doesNotContain("sk-tts-visible-secret");
        assertThat(org.apache.camel.util.URISupport.sanitizeUri(endpoint.getEndpointUri()))
                .doesNotContain("sk-tts-visible-secret");
    }
}
