package io.camelspeech.sandbox.ttsai;

import io.camelspeech.sandbox.audio.WavHeader;
import io.camelspeech.sandbox.audio.WavSpec;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ReceivedFile;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * POST /audio/convert/ (free): the input at the requested sample rate and channels (else those of a WAV input,
 * else 22,050 Hz mono), same duration (at most 20 s).
 */
final class ConvertEndpoint implements TtsAiEndpoint {

    private static final int MAX_MB = 100;
    private static final Set<String> FORMATS = Set.of("mp3", "wav", "flac", "ogg", "m4a", "aac", "opus", "webm");
    private static final Set<Integer> BITRATES = Set.of(64, 128, 192, 256, 320);
    private static final Set<Integer> SAMPLE_RATES = Set.of(22_050, 44_100, 48_000);
    private static final Set<String> CHANNELS = Set.of("mono", "stereo");

    private final TtsAiServices services;

    ConvertEndpoint(TtsAiServices services) {
        this.services = services;
    }

    @Override
    public void handle(ProviderExchange exchange, Params params) throws IOException {
        ReceivedFile file = params.requiredFile("file", MAX_MB);
        String format = params.requiredOneOf("format", FORMATS);
        params.optionalIntegerOneOf("bitrate", BITRATES);
        Optional<WavHeader> source = file.wavHeader();
        int sampleRate = params.optionalIntegerOneOf("sample_rate", SAMPLE_RATES)
                .orElse(source.map(WavHeader::sampleRate).orElse(WavSpec.SPEECH_SAMPLE_RATE));
        String defaultChannels = source.filter(header -> header.channels() >= 2).isPresent() ? "stereo" : "mono";
        int channels = params.oneOf("channels", defaultChannels, CHANNELS).equals("stereo") ? 2 : 1;
        WavSpec spec = SpeechSynthesis.likeInput(file, null).withFormat(sampleRate, channels);
        AudioReply.send(exchange, services.audio(), spec, format, services.credits().free(), false);
    }
}
