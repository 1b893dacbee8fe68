package io.camelspeech.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.camelspeech.sandbox.junit.SandboxExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TtsAiRoundTripTest {

    @RegisterExtension
    static final SandboxExtension sandbox = SandboxExtension.create();

    private static TtsAiClient client;

    @BeforeAll
    static void start() {
        client = new TtsAiClient(sandbox.sandbox());
    }

    @Test
    void speechFromTtsIsTranscribedBackToTheSameText() throws Exception {
        String text = "Hello from TTS.ai! This is a round trip, with ünïcödé.";
        HttpResponse<byte[]> speech = client.postJson("/tts/", TtsAiClient.ttsBody(text, "wav"));
        assertThat(speech.statusCode()).isEqualTo(200);
        assertThat(speech.headers().firstValue("Content-Type")).hasValue("audio/wav");

        HttpResponse<byte[]> transcription = client.postMultipart("/stt/", new MultipartBody()
                .file("file", "speech.wav", "audio/wav", speech.body())
                .field("model", "faster-whisper"));

        assertThat(transcription.statusCode()).isEqualTo(200);
        JsonNode json = TtsAiClient.json(transcription);
        assertThat(json.get("text").asText()).isEqualTo(text);
        assertThat(json.get("language").asText()).isEqualTo("en");
        assertThat(json.get("segments")).isNotEmpty();
        assertThat(json.get("segments").get(0).get("speaker").asText()).isEqualTo("SPEAKER_00");
    }

    @Test
    void audioIsPlayableWavWhoseLengthFollowsTheText() throws Exception {
        String text = "x".repeat(50);
        HttpResponse<byte[]> speech = client.postJson("/tts/", TtsAiClient.ttsBody(text, "wav"));

        try (AudioInputStream audio = AudioSystem.getAudioInputStream(new ByteArrayInputStream(speech.body()))) {
            AudioFormat format = audio.getFormat();
            assertThat(format.getSampleRate()).isEqualTo(22_050f);
            assertThat(format.getChannels()).isEqualTo(1);
            assertThat(format.getSampleSizeInBits()).isEqualTo(16);
            assertThat(audio.getFrameLength() / format.getFrameRate()).isCloseTo(3.0f, within(0.01f));
        }
    }

    @Test
    void mp3IsAnsweredAsWavNamingTheSubstitutedFormatAndCharged() throws Exception {
        HttpResponse<byte[]> speech = client.postJson("/tts/", TtsAiClient.ttsBody("Hello from TTS.ai! This is a test.", "mp3"));

        assertThat(speech.statusCode()).isEqualTo(200);
        assertThat(speech.headers().firstValue("Content-Type")).hasValue("audio/wav");
        assertThat(speech.headers().firstValue("X-Sandbox-Format-Substituted")).hasValue("mp3");
        assertThat(speech.headers().firstValue("X-Credits-Used")).hasValue("2");
        assertThat(speech.headers().firstValue("X-Credits-Remaining")).isPresent();
        assertThat(new String(speech.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
    }

    @Test
    void transformationsKeepTheSpokenTextAndTheDuration() throws Exception {
        byte[] speech = client.postJson("/tts/", TtsAiClient.ttsBody("Convert me, please.", "wav")).body();

        HttpResponse<byte[]> converted = client.postMultipart("/voice-convert/", new MultipartBody()
                .file("file", "in.wav", "audio/wav", speech)
                .field("target_voice", "am_adam"));
        assertThat(converted.statusCode()).isEqualTo(200);
        assertThat(converted.body()).hasSameSizeAs(speech);

        JsonNode transcript = TtsAiClient.json(client.postMultipart("/stt/", new MultipartBody()
                .file("file", "converted.wav", "audio/wav", converted.body())));
        assertThat(transcript.get("text").asText()).isEqualTo("Convert me, please.");
    }

    @Test
    void foreignAudioGetsADescriptiveTranscriptWithWordTimings() throws Exception {
        byte[] mp3 = new byte[16_000];
        mp3[0] = 'I';
        mp3[1] = 'D';
        mp3[2] = '3';

        HttpResponse<byte[]> response = client.postMultipart("/stt/", new MultipartBody()
                .file("file", "clip.mp3", "audio/mpeg", mp3)
                .field("language", "es")
                .field("timestamps", "true"));

        JsonNode json = TtsAiClient.json(response);
        assertThat(json.get("text").asText()).isEqualTo("sandbox transcript of 1.0 seconds of mp3 audio");
        assertThat(json.get("language").asText()).isEqualTo("es");
        assertThat(json.get("duration").asDouble()).isEqualTo(1.0);
        JsonNode words = json.get("segments").get(0).get("words");
        assertThat(words.get(0).get("word").asText()).isEqualTo("sandbox");
        assertThat(words.get(words.size() - 1).get("end").asDouble()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void diarizationAlternatesSpeakersPerSegment() throws Exception {
        byte[] speech = client.postJson("/tts/", TtsAiClient.ttsBody("First speaker here. Second speaker now.", "wav")).body();

        JsonNode json = TtsAiClient.json(client.postMultipart("/stt/", new MultipartBody()
                .file("file", "dialogue.wav", "audio/wav", speech)
                .field("diarize", "true")));

        assertThat(json.get("segments").findValuesAsText("speaker")).containsExactly("SPEAKER_00", "SPEAKER_01");
        assertThat(json.get("segments").findValuesAsText("text"))
                .containsExactly("First speaker here.", "Second speaker now.");
    }

    @Test
    void voiceChatAndTranslationPointToDownloadableResults() throws Exception {
        JsonNode chat = TtsAiClient.json(client.postJson("/voice-chat/", "{\"text\":\"What is the capital of France?\"}"));
        assertThat(chat.get("conversation_id").asText()).startsWith("conv_");
        assertThat(chat.get("ai_text").asText()).contains("What is the capital of France?");
        assertThat(chat.get("credits_used").asInt()).isEqualTo(3);

        HttpResponse<byte[]> answer = client.get(chat.get("audio_url").asText());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("audio/wav");

        byte[] speech = client.postJson("/tts/", TtsAiClient.ttsBody("Hello, how are you?", "wav")).body();
        JsonNode translation = TtsAiClient.json(client.postMultipart("/speech-translate/", new MultipartBody()
                .file("file", "hello.wav", "audio/wav", speech)
                .field("target_language", "es")));
        assertThat(translation.get("original_text").asText()).isEqualTo("Hello, how are you?");
        assertThat(translation.get("target_language").asText()).isEqualTo("es");
        assertThat(translation.get("audio_url").asText()).startsWith(sandbox.providerBaseUrl("ttsai") + "/results/");
        assertThat(client.get(translation.get("audio_url").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void catalogListsModelsAndFiltersVoices() throws Exception {
        JsonNode models = TtsAiClient.json(client.get("/models/"));
        assertThat(models.get("models").findValuesAsText("id"))
                .contains("kokoro", "chatterbox", "piper", "whisper", "demucs");

        JsonNode voices = TtsAiClient.json(client.get("/voices/?model=kokoro&language=en"));
        assertThat(voices.get("total").asInt()).isEqualTo(3);
        assertThat(voices.get("voices").findValuesAsText("id")).containsExactly("af_bella", "af_sarah", "am_adam");
        assertThat(voices.get("voices").get(0).get("preview_url").asText()).endsWith("/voices/preview/af_bella.mp3");
    }
}
