package io.camelspeech.component.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

/** The contract plus what only a shared database has: several instances, each with its own connections. */
abstract class JdbcJobStoreContractTest extends JobStoreContractTest {

    private final Set<String> tables = new LinkedHashSet<>();

    /** A new data source on this test's database: another instance, as far as the store can tell. */
    protected abstract DataSource newDataSource() throws Exception;

    /** The table of this test; a fresh name where the database outlives the test. */
    protected String table() {
        return JdbcJobStore.DEFAULT_TABLE;
    }

    @Override
    protected JobStore newStore(Clock clock) throws Exception {
        JdbcJobStore jdbcStore = new JdbcJobStore(newDataSource(), table(), clock);
        tables.add(table());
        return jdbcStore;
    }

    /** Every table this test created, for databases that outlive the test. */
    protected Set<String> tablesUsed() {
        return tables;
    }

    @Test
    void twoInstancesHaveOneWinnerOfMarkEmittedAndOfClaim() throws Exception {
        JobStore other = newStore(clock);
        store.save(record("ref-1", T0));
        JobStore[] stores = {store, other};

        assertThat(Race.winners(16, contender -> stores[contender % 2].markEmitted("ref-1"))).isEqualTo(1);
        assertThat(Race.winners(16, contender -> stores[contender % 2].claim("ref-1", "instance-" + contender,
                LEASE))).isEqualTo(1);
        assertThat(other.findByReference("ref-1").orElseThrow().emitted()).isTrue();
    }

    @Test
    void twoInstancesSavingTheSameNewReferenceAtOnceBothSucceed() throws Exception {
        JobStore other = newStore(clock);
        JobStore[] stores = {store, other};

        assertThat(Race.winners(8, contender -> {
            stores[contender % 2].save(record("ref-" + contender / 2, T0));
            return true;
        })).isEqualTo(8);
        assertThat(store.pending("tencent")).hasSize(4);
    }

    @Test
    void instancesCreatingTheTableAtOnceAllSucceed() throws Exception {
        for (int round = 0; round < 3; round++) {
            String table = uniqueTable();
            tables.add(table);
            DataSource[] dataSources = {newDataSource(), newDataSource(), newDataSource(), newDataSource()};

            assertThat(Race.winners(4, contender -> {
                new JdbcJobStore(dataSources[contender], table, clock).save(record("ref-" + contender, T0));
                return true;
            })).isEqualTo(4);
            assertThat(new JdbcJobStore(newDataSource(), table, clock).pending("tencent")).hasSize(4);
        }
    }

    @Test
    void anotherInstanceOpeningTheExistingTableSeesTheRecords() throws Exception {
        JobRecord saved = record("ref-1", T0);
        store.save(saved);

        assertThat(newStore(clock).findByReference("ref-1")).contains(saved);
    }

    @Test
    void timesAreKeptToTheMillisecond() {
        Instant precise = Instant.parse("2025-03-01T10:00:00.123456789Z");
        store.save(record("ref-1", precise));

        assertThat(store.findByReference("ref-1").orElseThrow().createdAt())
                .isEqualTo(Instant.parse("2025-03-01T10:00:00.123Z"));
    }

    @Test
    void tableNameMustBeAPlainIdentifier() {
        assertThatThrownBy(() -> new JdbcJobStore(newDataSource(), "jobs; DROP TABLE users"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static String uniqueTable() {
        return "speech_jobs_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
