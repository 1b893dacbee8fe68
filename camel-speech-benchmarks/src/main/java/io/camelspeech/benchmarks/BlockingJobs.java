package io.camelspeech.benchmarks;

import io.camelspeech.sandbox.testing.TestAudio;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The providers' own example code, in Java: a thread per job that creates the transcription, then sleeps and asks
 * again until it is done.
 */
final class BlockingJobs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MODEL = "#g1_whisper-large";

    private final String aimlapiBaseUrl;
    private final long sandboxPid;
    private final Duration pollInterval;
    private final HttpClient client = HttpClient.newHttpClient();
    private final byte[] audio = TestAudio.tinyWav();

    BlockingJobs(String aimlapiBaseUrl, long sandboxPid, Duration pollInterval) {
        this.aimlapiBaseUrl = aimlapiBaseUrl;
        this.sandboxPid = sandboxPid;
        this.pollInterval = pollInterval;
    }

    /** Runs {@code warmup} jobs to the end unmeasured, then measures {@code jobs} jobs. */
    void run(int warmup, int jobs, Duration limit) throws InterruptedException {
        JobBatches.warmThenMeasure((keyPrefix, count, figures) -> runBatch(count, limit, figures), warmup, jobs,
                sandboxPid);
    }

    /** Starts a thread per job and waits for them all; answers when the last thread was started. */
    private long runBatch(int jobs, Duration limit, JobFigures figures) throws InterruptedException {
        int maxPolls = (int) (limit.toMillis() / pollInterval.toMillis());
        List<Thread> threads = new ArrayList<>(jobs);
        long deadline = System.nanoTime() + limit.toNanos();
        for (int i = 0; i < jobs; i++) {
            Thread thread = new Thread(() -> {
                try {
                    transcribe(audio, maxPolls);
                    figures.succeeded();
                } catch (InterruptedException e) {
                    figures.failed("interrupted");
                } catch (Exception e) {
                    figures.failed(e);
                }
            }, "job-" + i);
            thread.setDaemon(true); // a job still sleeping at the deadline must not keep the JVM alive
            thread.start();
            threads.add(thread);
        }
        long started = System.nanoTime();
        for (Thread thread : threads) {
            thread.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        }
        if (threads.stream().anyMatch(Thread::isAlive)) {
            figures.failed("not finished within " + limit.toSeconds() + " s");
        }
        return started;
    }

    private String transcribe(byte[] audio, int maxPolls) throws IOException, InterruptedException {
        String id = create(audio);
        for (int poll = 0; poll < maxPolls; poll++) {
            Thread.sleep(pollInterval.toMillis());
            JsonNode status = get(URI.create(aimlapiBaseUrl + "/stt/" + id));
            switch (status.path("status").asText()) {
                case "completed" -> {
                    return status.path("result").path("results").path("channels").path(0).path("alternatives")
                            .path(0).path("transcript").asText();
                }
                case "failed" -> throw new IllegalStateException("job " + id + " failed: " + status.path("error"));
                default -> {
                    // waiting or active: sleep and ask again
                }
            }
        }
        throw new IllegalStateException("job " + id + " not done after " + maxPolls + " polls");
    }

    private String create(byte[] audio) throws IOException, InterruptedException {
        String boundary = "----benchmark" + UUID.randomUUID();
        HttpRequest request = HttpRequest.newBuilder(URI.create(aimlapiBaseUrl + "/stt/create"))
                .header("Authorization", "Bearer " + SpeechContexts.API_KEY)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, audio)))
                .build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("create answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body()).path("generation_id").asText();
    }

    private JsonNode get(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + SpeechContexts.API_KEY).GET().build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("poll answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private static byte[] multipart(String boundary, byte[] audio) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream(audio.length + 512);
        String model = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\n" + MODEL + "\r\n";
        String file = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"audio\"; filename=\"audio.wav\"\r\n"
                      + "Content-Type: audio/wav\r\n\r\n";
        body.write(model.getBytes(StandardCharsets.UTF_8));
        body.write(file.getBytes(StandardCharsets.UTF_8));
        body.write(audio);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
