package io.camelspeech.component.store;

import io.camelspeech.component.support.Hashes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelspeech.component.job.JobState;
import io.camelspeech.component.model.SpeechJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class FileJobStoreTest extends JobStoreContractTest {

    @TempDir
    Path directory;

    @Override
    protected JobStore newStore(Clock clock) {
        return new FileJobStore(directory, clock);
    }

    @Test
    void recordIsAReadableJsonFileNamedAfterProviderAndReference() throws IOException {
        store.save(record("ref-1", "tencent", "job-1", "key-1", T0));

        Path file = directory.resolve("tencent").resolve("ref-1.json");
        JsonNode json = SpeechJson.MAPPER.readTree(file.toFile());
        assertThat(json.get("reference").asText()).isEqualTo("ref-1");
        assertThat(json.get("job_id").asText()).isEqualTo("job-1");
        assertThat(json.get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(json.get("emitted").asBoolean()).isFalse();
        assertThat(json.get("created_at").asText()).isEqualTo("2025-03-01T10:00:00.123Z");
        assertThat(Files.readString(file)).contains("\n  \"provider\" : \"tencent\"");
    }

    @Test
    void leftoverTemporaryFileIsIgnoredAndThePreviousRecordSurvives() throws IOException {
        JobRecord previous = record("ref-1", T0);
        store.save(previous);
        // what a process killed in the middle of rewriting the record leaves behind
        Path providerDirectory = directory.resolve("tencent");
        Path leftover = providerDirectory.resolve(".ref-1.json.8371625341" + AtomicFiles.TEMPORARY_SUFFIX);
        Files.writeString(leftover, "{\n  \"reference\" : \"ref-1\",\n  \"provider\" : \"tenc");

        JobStore reopened = new FileJobStore(directory, clock);
        assertThat(reopened.findByReference("ref-1")).contains(previous);
        assertThat(reopened.pending("tencent")).containsExactly(previous);
        assertThat(reopened.markEmitted("ref-1")).isTrue();
        assertThat(reopened.findByReference("ref-1").orElseThrow().emitted()).isTrue();

        Files.setLastModifiedTime(leftover, FileTime.from(T0));
        reopened.purge(T0.plusSeconds(1));
        assertThat(leftover).doesNotExist();
    }

    @Test
    void twoStoresOnOneFolderHaveOneWinnerOfMarkEmittedAndOfClaim() throws Exception {
        JobStore other = new FileJobStore(directory, clock);
        store.save(record("ref-1", T0));
        JobStore[] stores = {store, other};

        assertThat(Race.winners(16, contender -> stores[contender % 2].markEmitted("ref-1"))).isEqualTo(1);
        assertThat(Race.winners(16, contender -> stores[contender % 2].claim("ref-1", "instance-" + contender,
                LEASE))).isEqualTo(1);
    }

    @Test
    void processesSharingAFolderHaveOneWinnerOfMarkEmittedAndOfClaim() throws Exception {
        store.save(record("ref-1", T0));
        Path startFile = directory.resolve("start");
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", childClassPath(), FileStoreRaceProcess.class.getName(), directory.toString(), "ref-1",
                    "process-" + i, startFile.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start());
        }
        List<BufferedReader> outputs = new ArrayList<>();
        for (Process process : processes) {
            BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(output.readLine()).isEqualTo("ready");
            outputs.add(output);
        }
        Files.createFile(startFile);

        List<String> results = new ArrayList<>();
        for (int i = 0; i < processes.size(); i++) {
            results.add(outputs.get(i).readLine());
            assertThat(processes.get(i).waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(results).filteredOn(line -> line.contains("emitted=true")).hasSize(1);
        assertThat(results).filteredOn(line -> line.contains("claimed=true")).hasSize(1);
        assertThat(store.findByReference("ref-1").orElseThrow().owner()).startsWith("process-");
    }

    @Test
    void referenceFromAForgedUrlCannotReachOutsideTheStore() throws IOException {
        Files.writeString(directory.resolve("secret.json"), "{}");

        assertThat(store.findByReference("../secret")).isEmpty();
        assertThat(store.findByReference("x".repeat(1000))).isEmpty();
        assertThat(store.markEmitted("../secret")).isFalse();

        JobRecord odd = record("../a/b ü", T0);
        store.save(odd);
        assertThat(store.findByReference("../a/b ü")).contains(odd);
        try (Stream<Path> files = Files.list(directory.resolve("tencent"))) {
            assertThat(files).map(path -> path.getFileName().toString()).containsExactly("%2E.%2Fa%2Fb%20%C3%BC.json");
        }
    }

    @Test
    void providerNamedLikeAStoreFolderIsRejected() {
        assertThatThrownBy(() -> store.save(record("ref-1", "keys", "job-1", null, T0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void purgeSweepsIndexEntriesLeftByChangedJobIds() throws IOException {
        JobRecord first = record("ref-1", "tencent", "job-1", "key-1", T0.plusSeconds(10));
        store.save(first);
        store.save(first.withJob("job-2", JobState.RUNNING, "{}"));

        store.purge(T0);

        try (Stream<Path> buckets = Files.list(directory.resolve("job-ids"))) {
            assertThat(buckets).map(path -> path.getFileName().toString())
                    .containsExactly(Hashes.sha256Hex("tencent\njob-2"));
        }
        assertThat(store.findByJobId("tencent", "job-2")).isPresent();
    }

    /** The classes a contender needs, wherever the build put them. */
    private static String childClassPath() throws Exception {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> type : List.of(FileStoreRaceProcess.class, FileJobStore.class, JobState.class, SpeechJson.class,
                ObjectMapper.class, JsonParser.class, JsonInclude.class, LoggerFactory.class,
                com.fasterxml.jackson.datatype.jsr310.JavaTimeModule.class)) {
            entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
        }
        return String.join(File.pathSeparator, entries);
    }
}
