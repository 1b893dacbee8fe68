package io.camelspeech.component;

import io.camelspeech.sandbox.testing.TestAudio;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import javax.sql.DataSource;

import io.camelspeech.component.job.JobState;
import io.camelspeech.component.store.FileJobStore;
import io.camelspeech.component.store.GroupCommit;
import io.camelspeech.component.store.JdbcJobStore;
import io.camelspeech.component.store.JobRecord;
import io.camelspeech.component.store.JobStore;
import io.camelspeech.sandbox.SandboxConfig;
import io.camelspeech.sandbox.SpeechSandbox;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * What write-ahead costs, measured: 500 submissions recorded one durable save after the other (what recording an
 * accepted job cost before write-ahead: one fsync'd save each, in series) against the same 500 arriving at once and
 * grouped (one fsync or commit for every record waiting at that moment); on the file store, and on PostgreSQL when
 * SPEECH_TEST_POSTGRES_URL is set (its WAL syncs read from pg_stat_wal). Then 500 AI/ML API submissions through a
 * route: submissions per second with write-ahead, and the fsyncs they cost. Prints the figures docs/benchmarks.md
 * quotes; fails if grouping stops grouping.
 */
class WriteAheadFiguresIT {

    private static final int SUBMISSIONS = 500;
    private static final String POSTGRES = System.getenv("SPEECH_TEST_POSTGRES_URL");

    @TempDir
    Path dir;

    @Test
    void aBurstOfWriteAheadRecordsSharesItsFsyncsOnTheFileStore() throws Exception {
        try (FileJobStore serialStore = new FileJobStore(dir.resolve("serial"));
             FileJobStore groupedStore = new FileJobStore(dir.resolve("grouped"))) {
            Figures serial = serial(serialStore, FileJobStore::fsyncs);
            Figures grouped = grouped(groupedStore, FileJobStore::fsyncs);
            report("file store", "fsyncs", serial, grouped);
            assertThat(grouped.syncs()).as("a handful of fsyncs for a burst of " + SUBMISSIONS)
                    .isLessThanOrEqualTo(SUBMISSIONS / 20);
            assertThat(groupedStore.pending("aimlapi")).hasSize(SUBMISSIONS);
        }
    }

    @Test
    void aBurstOfWriteAheadRecordsSharesItsCommitsOnPostgres() throws Exception {
        Assumptions.assumeTrue(POSTGRES != null && !POSTGRES.isBlank(), "SPEECH_TEST_POSTGRES_URL is not set");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(POSTGRES);
        String serialTable = "speech_wal_serial_" + System.nanoTime();
        String groupedTable = "speech_wal_grouped_" + System.nanoTime();
        try {
            Figures serial = serial(new JdbcJobStore(dataSource, serialTable), () -> walSyncs(dataSource));
            JdbcJobStore grouped = new JdbcJobStore(dataSource, groupedTable);
            Figures groupedFigures = grouped(grouped, () -> walSyncs(dataSource));
            report("PostgreSQL", "WAL syncs", serial, groupedFigures);
            assertThat(groupedFigures.batches()).isLessThanOrEqualTo(SUBMISSIONS / 20);
            assertThat(grouped.pending("aimlapi")).hasSize(SUBMISSIONS);
        } finally {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE IF EXISTS " + serialTable);
                statement.execute("DROP TABLE IF EXISTS " + groupedTable);
            }
        }
    }

    @Test
    void fiveHundredSubmissionsThroughARouteWithWriteAhead() throws Exception {
        try (SpeechSandbox sandbox = SpeechSandbox.start(SandboxConfig.builder().threads(32).build());
             DefaultCamelContext context = new DefaultCamelContext()) {
            SpeechComponent speech = new SpeechComponent();
            FileJobStore store = new FileJobStore(dir.resolve("route"));
            speech.setJobStore(store);
            context.addComponent("speech", speech);
            context.start();
            ProducerTemplate template = context.createProducerTemplate();
            String uri = "speech:aimlapi:speechToText?wait=false&apiKey=sandbox-key&maxConcurrentRequests=64"
                         + "&requestsPerMinute=1000000&baseUrl=" + sandbox.providerBaseUrl("aimlapi");
            long fsyncsBefore = FileJobStore.fsyncs();
            long start = System.nanoTime();
            List<CompletableFuture<Exchange>> sent = new ArrayList<>();
            for (int i = 0; i < SUBMISSIONS; i++) {
                byte[] audio = TestAudio.distinctWav(i);
                sent.add(template.asyncSend(uri, e -> e.getMessage().setBody(audio)));
            }
            for (CompletableFuture<Exchange> exchange : sent) {
                assertThat(exchange.get(60, TimeUnit.SECONDS).getException()).isNull();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long fsyncs = FileJobStore.fsyncs() - fsyncsBefore;
            GroupCommit commits = speech.tracker().commits();
            System.out.printf("write-ahead through a route: %d AI/ML API submissions (wait=false) in %.2f s = %.0f/s; "
                              + "%d records in %d durable writes, %d fsyncs (%.2f per submission)%n", SUBMISSIONS,
                    seconds, SUBMISSIONS / seconds, commits.records(), commits.batches(), fsyncs,
                    fsyncs / (double) SUBMISSIONS);
            assertThat(sandbox.jobs().created("aimlapi")).isEqualTo(SUBMISSIONS);
            assertThat(commits.records()).as("write-ahead and job id, for each").isEqualTo(2L * SUBMISSIONS);
            assertThat(commits.batches()).isLessThan(commits.records() / 4);
            assertThat(store.pending("aimlapi")).allSatisfy(r -> assertThat(r.jobId()).isNotNull());
        }
    }

    private record Figures(double seconds, long syncs, long batches) {
    }

    private static Figures serial(JobStore store, LongSupplier syncs) {
        long before = syncs.getAsLong();
        long start = System.nanoTime();
        for (int i = 0; i < SUBMISSIONS; i++) {
            store.save(submitting(i));
        }
        return new Figures((System.nanoTime() - start) / 1e9, syncs.getAsLong() - before, SUBMISSIONS);
    }

    private static Figures grouped(JobStore store, LongSupplier syncs) throws Exception {
        try (GroupCommit commits = new GroupCommit(store, "figures")) {
            long before = syncs.getAsLong();
            long start = System.nanoTime();
            List<CompletableFuture<Void>> durable = new ArrayList<>();
            for (int i = 0; i < SUBMISSIONS; i++) {
                durable.add(commits.save(submitting(i)));
            }
            CompletableFuture.allOf(durable.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
            return new Figures((System.nanoTime() - start) / 1e9, syncs.getAsLong() - before, commits.batches());
        }
    }

    private static void report(String store, String what, Figures serial, Figures grouped) {
        System.out.printf("write-ahead on the %s, %d submissions: one by one %.3f s (%.0f/s, %d %s); at once, grouped "
                          + "%.3f s (%.0f/s, %d %s in %d writes) -> %.1fx faster, %.0fx fewer %s%n", store, SUBMISSIONS,
                serial.seconds(), SUBMISSIONS / serial.seconds(), serial.syncs(), what, grouped.seconds(),
                SUBMISSIONS / grouped.seconds(), grouped.syncs(), what, grouped.batches(),
                serial.seconds() / grouped.seconds(), serial.syncs() / (double) Math.max(1, grouped.syncs()), what);
    }

    private static JobRecord submitting(int i) {
        Instant now = Instant.now();
        return new JobRecord(UUID.randomUUID().toString(), "aimlapi", "speechToText", null, JobState.SUBMITTING,
                "{\"provider\":\"aimlapi\",\"state\":\"SUBMITTING\"}", "key-" + i + "-" + UUID.randomUUID(), null,
                false, "figures", now.plus(Duration.ofMinutes(1)), now, now);
    }

    private static long walSyncs(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT wal_sync FROM pg_stat_wal")) {
            return row.next() ? row.getLong(1) : -1;
        } catch (Exception e) {
            return -1; // pg_stat_wal needs PostgreSQL 14
        }
    }
}
