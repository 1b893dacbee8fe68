package io.camelspeech.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.camel.Exchange;
import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is refused before any paid call, with an error that names the option, header or file. */
class ValidationTest extends SandboxTestSupport {

    @TempDir
    Path dir;

    @AfterEach
    void nothingReachedTheProvider() {
        assertThat(sandbox.wire().requests()).as("no request may reach the provider").isEmpty();
    }

    private Throwable creationFailure(String uri) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> context.getEndpoint(uri));
        assertThat(thrown).isInstanceOf(ResolveEndpointFailedException.class);
        return thrown.getCause();
    }

    private SpeechValidationException refused(String uri, Object body, String header, Object headerValue) {
        Exchange result = template.request(uri, e -> {
            e.getMessage().setBody(body);
            if (header != null) {
                e.getMessage().setHeader(header, headerValue);
            }
        });
        assertThat(result.getException()).isInstanceOf(SpeechValidationException.class);
        return (SpeechValidationException) result.getException();
    }

    @Test
    void anOperationTheProviderDoesNotOfferFailsAtCreationListingWhatItOffers() {
        Throwable cause = creationFailure(ttsai("cloneVoice", ""));
        assertThat(cause).isInstanceOf(SpeechValidationException.class)
                .hasMessageContaining("ttsai does not offer cloneVoice").hasMessageContaining("textToSpeech")
                .hasMessageContaining("audioSeparate");
    }

    @Test
    void unknownProviderAndOperationFailAtCreation() {
        assertThat(creationFailure("speech:nosuch:textToSpeech")).hasMessageContaining("Unknown speech provider 'nosuch'");
        assertThat(creationFailure(ttsai("singASong", ""))).hasMessageContaining("Unknown speech operation 'singASong'");
    }

    @Test
    void anOptionOfAnotherOperationFailsAtCreation() {
        Throwable cause = creationFailure(ttsai("textToSpeech", "voice=af_bella&stems=4"));
        assertThat(cause).hasMessageContaining("'stems' does not apply to speech:ttsai:textToSpeech");
        assertThat(((SpeechValidationException) cause).getSubject()).isEqualTo("stems");
    }

    @Test
    void outOfRangeOptionsFailAtCreation() {
        assertThat(creationFailure(ttsai("textToSpeech", "voice=af_bella&speed=2.5")))
                .hasMessageContaining("option speed must be between 0.5 and 2, was 2.5");
        assertThat(creationFailure(ttsai("audioSeparate", "stems=3"))).hasMessageContaining("option stems must be one of [2, 4, 5, 6]");
        assertThat(creationFailure(ttsai("audioEnhance", "strength=4"))).hasMessageContaining("option strength must be between 1 and 3");
        assertThat(creationFailure(ttsai("audioDereverb", "intensity=0"))).hasMessageContaining("option intensity");
        assertThat(creationFailure(ttsai("audioConvert", "format=mp3&bitrate=100"))).hasMessageContaining("option bitrate");
        assertThat(creationFailure(ttsai("textToSpeech", "voice=af_bella&format=aiff"))).hasMessageContaining("option format");
    }

    @Test
    void missingApiKeyNamesTheOptionAndTheVariable() {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> template.sendBody("speech:ttsai:listModels?baseUrl=" + sandbox.providerBaseUrl("ttsai"), null));
        assertThat(thrown).hasStackTraceContaining("needs the credential 'apiKey': set the option apiKey, the"
                + " component's credentials[ttsai.apiKey] or the environment variable SPEECH_TTSAI_API_KEY");
    }

    @Test
    void missingVoiceIsRefused() {
        SpeechValidationException error = refused(ttsai("textToSpeech", ""), "Hello", null, null);
        assertThat(error.getSubject()).isEqualTo("voice");
        assertThat(error).hasMessageContaining("needs the option 'voice' (or header CamelSpeechVoice)");
    }

    @Test
    void outOfRangeHeaderIsRefusedNamingTheHeader() {
        SpeechValidationException error = refused(ttsai("textToSpeech", "voice=af_bella"), "Hello", SpeechConstants.SPEED, 3.0);
        assertThat(error).hasMessageContaining("header CamelSpeechSpeed must be between 0.5 and 2, was 3.0");
        SpeechValidationException notANumber
                = refused(ttsai("textToSpeech", "voice=af_bella"), "Hello", SpeechConstants.SPEED, "fast");
        assertThat(notANumber).hasMessageContaining("header CamelSpeechSpeed must be a Double, was fast");
    }

    @Test
    void textOverThePlanLimitIsRefused() {
        String text = "a".repeat(5_001);
        SpeechValidationException error = refused(ttsai("textToSpeech", "voice=af_bella"), text, null, null);
        assertThat(error).hasMessageContaining("5001 characters, more than the limit of 5000 (the plan");

        Exchange enterprise = template.request(ttsai("textToSpeech", "voice=af_bella&plan=enterprise&format=wav"),
                e -> e.getMessage().setBody("a".repeat(60_000)));
        assertThat(enterprise.getException()).hasMessageContaining("limit of 50000");
    }

    @Test
    void invalidUtf8TextFileIsRefusedNamingTheFile() throws Exception {
        Path file = dir.resolve("broken.txt");
        Files.write(file, new byte[] { 'h', 'i', (byte) 0xC3, (byte) 0x28 });
        SpeechValidationException error = refused(ttsai("textToSpeech", "voice=af_bella"), file.toFile(), null, null);
        assertThat(error).hasMessageContaining("broken.txt is not valid UTF-8 text");
    }

    @Test
    void emptyTextIsRefused() {
        assertThat(refused(ttsai("textToSpeech", "voice=af_bella"), "  ", null, null)).hasMessageContaining("is empty");
    }

    @Test
    void audioOfAFormatTheEndpointDoesNotAcceptIsRefusedFromItsMagicBytes() throws Exception {
        Path ogg = dir.resolve("voice.mp3"); // a wrong extension: the bytes decide
        Files.write(ogg, "OggS\0\2 ogg page that is not mp3".getBytes(StandardCharsets.US_ASCII));
        SpeechValidationException error = refused(ttsai("voiceConversion", "targetVoice=af_bella"), ogg.toFile(), null, null);
        assertThat(error.getSubject()).isEqualTo("file " + ogg);
        assertThat(error).hasMessageContaining("is OGG; accepted: [WAV, MP3, FLAC]");
    }

    @Test
    void bytesThatAreNoAudioAreRefused() {
        SpeechValidationException error = refused(ttsai("speechToText", ""), "not audio at all".getBytes(), null, null);
        assertThat(error).hasMessageContaining("message body is not a recognised audio format");
    }

    @Test
    void truncatedWavHeaderIsRefused() {
        SpeechValidationException error = refused(ttsai("speechToText", ""), "RIFF\0\0".getBytes(), null, null);
        assertThat(error).hasMessageContaining("not a recognised audio format");
    }

    @Test
    void emptyFileIsRefused() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.wav"));
        SpeechValidationException error = refused(ttsai("speechToText", ""), empty.toFile(), null, null);
        assertThat(error).hasMessageContaining("empty.wav is empty");
    }

    @Test
    void fileOverTheEndpointLimitIsRefusedWithoutReadingIt() throws Exception {
        Path big = dir.resolve("big.wav");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.write("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII));
            file.setLength(51L * 1024 * 1024); // sparse: nothing is written for the rest
        }
        SpeechValidationException error = refused(ttsai("voiceConversion", "targetVoice=af_bella"), big.toFile(), null, null);
        assertThat(error).hasMessageContaining("big.wav is 53477376 bytes, more than the limit of 52428800 bytes");
    }

    @Test
    void textGivenWhereAudioIsNeededIsRefused() {
        assertThat(refused(ttsai("speechToText", ""), "Hello", null, null))
                .hasMessageContaining("message body is text (\"Hello\") but audio is required");
    }

    @Test
    void clonedSpeechWithoutAReferenceVoiceIsRefused() {
        assertThat(refused(ttsai("clonedSpeech", ""), "Say this", null, null)).hasMessageContaining("needs a reference voice");
    }

    @Test
    void operationHeaderMustBeOfferedByTheProvider() {
        assertThat(refused(ttsai("listModels", ""), null, SpeechConstants.OPERATION, "cloneVoice"))
                .hasMessageContaining("header CamelSpeechOperation asks for cloneVoice");
    }
}
