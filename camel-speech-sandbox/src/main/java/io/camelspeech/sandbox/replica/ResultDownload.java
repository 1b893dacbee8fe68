package io.camelspeech.sandbox.replica;

import io.camelspeech.sandbox.audio.AudioCache;
import io.camelspeech.sandbox.audio.WavSpec;
import io.camelspeech.sandbox.audio.WavWriter;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.S3ErrorResponse;

import java.io.IOException;

/**
 * {@code GET /replica-results/{uuid}.{extension}}: the converted audio a COMPLETED job's {@code url} points to, with
 * no key (as a presigned download). As long as the input, saying what the input said, in a tune of the performer.
 */
final class ResultDownload {

    private static final double LOWEST_VOICE_HZ = 110;
    private static final int VOICE_RANGE_HZ = 220;

    private final StsJobs jobs;
    private final AudioCache audio;

    ResultDownload(StsJobs jobs, AudioCache audio) {
        this.jobs = jobs;
        this.audio = audio;
    }

    static String path(String uuid, String extension) {
        return ReplicaModule.RESULTS_PATH + "/" + uuid + "." + extension;
    }

    void handle(ProviderExchange exchange) throws IOException {
        String name = exchange.pathParameter("file");
        int dot = name.lastIndexOf('.');
        String uuid = dot < 0 ? name : name.substring(0, dot);
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        StsJob job = jobs.find(uuid)
                .filter(found -> ReplicaAssumptions.OUTPUT_EXTENSIONS.contains(extension))
                .filter(found -> found.statusAt(System.currentTimeMillis()).state().equals(ReplicaAssumptions.COMPLETED))
                .orElseThrow(() -> ReplicaException.storage(S3ErrorResponse.NO_SUCH_KEY));
        WavSpec spec = converted(job);
        if (!extension.equals("wav")) {
            // there is no mp3/ogg/flac encoder in the JDK: say which format the WAV stands in for
            exchange.setResponseHeader(ReplicaAssumptions.FORMAT_SUBSTITUTED_HEADER, extension);
        }
        exchange.respond(200, "audio/wav", WavWriter.length(spec), out -> audio.write(spec, out));
    }

    private static WavSpec converted(StsJob job) {
        SourceAudio source = job.source();
        String performer = job.settings().performerStyleId();
        String words = source.text() != null ? source.text() : source.sha256();
        double voice = LOWEST_VOICE_HZ + Math.floorMod(performer.hashCode(), VOICE_RANGE_HZ);
        return new WavSpec(source.seconds(), WavSpec.SPEECH_SAMPLE_RATE, 1, source.text(), performer + "|" + words, voice);
    }
}
