package io.camelspeech.component.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

import io.camelspeech.component.job.JobState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records in one table, shared by every instance using the same database. Each change is a single statement whose
 * WHERE clause is the condition (emitted = FALSE, the lease free), so the database decides the one winner between
 * threads and processes; the update count says who it was. Times are stored as epoch milliseconds, so instants come
 * back truncated to the millisecond.
 */
public final class JdbcJobStore implements JobStore {

    public static final String DEFAULT_TABLE = "speech_jobs";

    private static final Logger LOG = LoggerFactory.getLogger(JdbcJobStore.class);
    private static final int SCHEMA_ATTEMPTS = 3;

    private final DataSource dataSource;
    private final JobTableSql sql;
    private final Clock clock;

    public JdbcJobStore(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE);
    }

    public JdbcJobStore(DataSource dataSource, String tableName) {
        this(dataSource, tableName, Clock.systemUTC());
    }

    /** {@code clock} decides when leases run out; instances sharing a table should have synchronized clocks. */
    public JdbcJobStore(DataSource dataSource, String tableName, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.sql = new JobTableSql(tableName);
        this.clock = Objects.requireNonNull(clock, "clock");
        createTableIfMissing();
        LOG.debug("Job store in table {}", sql.table);
    }

    @Override
    public void save(JobRecord record) {
        JobRecords.requireValid(record);
        inTransaction(connection -> {
            if (update(connection, record) > 0) {
                return null;
            }
            try {
                insert(connection, record);
            } catch (SQLException e) {
                // another instance inserted the same reference in between: then ours is an update after all
                if (!isConstraintViolation(e)) {
                    throw e;
                }
                rollbackIfTransactional(connection);
                if (update(connection, record) == 0) {
                    throw e;
                }
            }
            return null;
        });
    }

    /**
     * One transaction, one commit for all: the records are new references in the common case (write-ahead), so
     * their inserts go as one batch. Should anything in it fail (e.g. another instance inserted one of them), each is
     * saved on its own instead.
     */
    @Override
    public void saveAll(List<JobRecord> records) {
        records.forEach(JobRecords::requireValid);
        if (records.size() == 1) {
            save(records.get(0));
            return;
        }
        try {
            inOneTransaction(connection -> {
                try (PreparedStatement updates = connection.prepareStatement(sql.update)) {
                    for (JobRecord record : records) {
                        bindAll(updates, updateParameters(record));
                        updates.addBatch();
                    }
                    int[] counts = updates.executeBatch();
                    try (PreparedStatement inserts = connection.prepareStatement(sql.insert)) {
                        boolean any = false;
                        for (int i = 0; i < counts.length; i++) {
                            if (counts[i] == 0) {
                                bindAll(inserts, insertParameters(records.get(i)));
                                inserts.addBatch();
                                any = true;
                            }
                        }
                        if (any) {
                            inserts.executeBatch();
                        }
                    }
                }
                return null;
            });
        } catch (JobStoreException e) {
            LOG.debug("Saving {} records in one transaction failed ({}); saving them one by one", records.size(),
                    e.getMessage());
            records.forEach(this::save);
        }
    }

    @Override
    public Optional<JobRecord> findByReference(String reference) {
        Objects.requireNonNull(reference, "reference");
        return inTransaction(connection -> queryOne(connection, sql.selectByReference, reference));
    }

    @Override
    public Optional<JobRecord> findByJobId(String provider, String jobId) {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(jobId, "jobId");
        return inTransaction(connection -> queryOne(connection, sql.selectNewestByJobId, provider, jobId));
    }

    @Override
    public Optional<JobRecord> findByIdempotencyKey(String idempotencyKey, Instant notBefore) {
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(notBefore, "notBefore");
        return inTransaction(connection -> queryOne(connection, sql.selectNewestByKey, idempotencyKey,
                notBefore.toEpochMilli()));
    }

    @Override
    public List<JobRecord> pending(String provider) {
        Objects.requireNonNull(provider, "provider");
        return inTransaction(connection -> query(connection, sql.selectPending, provider));
    }

    @Override
    public boolean markEmitted(String reference) {
        Objects.requireNonNull(reference, "reference");
        return inTransaction(connection -> execute(connection, sql.markEmitted, reference) == 1);
    }

    @Override
    public boolean claim(String reference, String owner, Duration lease) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(owner, "owner");
        JobRecords.requirePositive(lease);
        Instant now = clock.instant();
        return inTransaction(connection -> execute(connection, sql.claim, owner, now.plus(lease).toEpochMilli(),
                reference, owner, now.toEpochMilli()) == 1);
    }

    @Override
    public int purge(Instant before) {
        Objects.requireNonNull(before, "before");
        return inTransaction(connection -> execute(connection, sql.deleteCreatedBefore, before.toEpochMilli()));
    }

    /** Two instances may start at once on an empty database: the loser of the race runs IF NOT EXISTS again. */
    private void createTableIfMissing() {
        for (String ddl : sql.schema) {
            for (int attempt = 1; ; attempt++) {
                try {
                    inTransaction(connection -> {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute(ddl);
                        }
                        return null;
                    });
                    break;
                } catch (JobStoreException e) {
                    if (attempt == SCHEMA_ATTEMPTS) {
                        throw e;
                    }
                }
            }
        }
    }

    private int update(Connection connection, JobRecord record) throws SQLException {
        return execute(connection, sql.update, updateParameters(record));
    }

    private void insert(Connection connection, JobRecord record) throws SQLException {
        execute(connection, sql.insert, insertParameters(record));
    }

    private static Object[] updateParameters(JobRecord record) {
        return new Object[] {record.provider(), record.operation(), record.jobId(), stateName(record.state()),
            record.jobJson(), record.idempotencyKey(), record.tokenHash(), millis(record.createdAt()),
            millis(record.updatedAt()), record.reference()};
    }

    private static Object[] insertParameters(JobRecord record) {
        return new Object[] {record.reference(), record.provider(), record.operation(), record.jobId(),
            stateName(record.state()), record.jobJson(), record.idempotencyKey(), record.tokenHash(), record.emitted(),
            record.owner(), millis(record.leaseUntil()), millis(record.createdAt()), millis(record.updatedAt())};
    }

    private static void bindAll(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            bind(statement, i + 1, parameters[i]);
        }
    }

    private static int execute(Connection connection, String statementSql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = prepare(connection, statementSql, parameters)) {
            return statement.executeUpdate();
        }
    }

    private static Optional<JobRecord> queryOne(Connection connection, String querySql, Object... parameters)
            throws SQLException {
        return query(connection, querySql, parameters).stream().findFirst();
    }

    private static List<JobRecord> query(Connection connection, String querySql, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = prepare(connection, querySql, parameters);
             ResultSet rows = statement.executeQuery()) {
            List<JobRecord> records = new ArrayList<>();
            while (rows.next()) {
                records.add(toRecord(rows));
            }
            return records;
        }
    }

    private static PreparedStatement prepare(Connection connection, String statementSql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(statementSql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                bind(statement, i + 1, parameters[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    /** A null of a given SQL type: PostgreSQL refuses a VARCHAR null for a BIGINT column. */
    private record Null(int sqlType) {
    }

    private static void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value instanceof String text) {
            statement.setString(index, text);
        } else if (value instanceof Long number) {
            statement.setLong(index, number);
        } else if (value instanceof Boolean flag) {
            statement.setBoolean(index, flag);
        } else if (value instanceof Null typedNull) {
            statement.setNull(index, typedNull.sqlType());
        } else if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            throw new IllegalArgumentException("Unexpected SQL parameter type " + value.getClass().getName());
        }
    }

    private static JobRecord toRecord(ResultSet row) throws SQLException {
        String state = row.getString("state");
        return new JobRecord(row.getString("reference"), row.getString("provider"), row.getString("operation"),
                row.getString("job_id"), state == null ? null : JobState.valueOf(state), row.getString("job_json"),
                row.getString("idempotency_key"), row.getString("token_hash"), row.getBoolean("emitted"),
                row.getString("owner"), instant(row, "lease_until"), instant(row, "created_at"),
                instant(row, "updated_at"));
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        long millis = row.getLong(column);
        return row.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static Object millis(Instant instant) {
        return instant == null ? new Null(Types.BIGINT) : instant.toEpochMilli();
    }

    private static String stateName(JobState state) {
        return state == null ? null : state.name();
    }

    private static boolean isConstraintViolation(SQLException e) {
        return e.getSQLState() != null && e.getSQLState().startsWith("23");
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** One connection per call; committed here when the pool hands out connections without auto-commit. */
    private <T> T inTransaction(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            try {
                T result = work.run(connection);
                if (!connection.getAutoCommit()) {
                    connection.commit();
                }
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    rollbackIfTransactional(connection);
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw new JobStoreException("Job store table " + sql.table + ": " + e.getMessage(), e);
        }
    }

    /** As {@link #inTransaction}, with auto-commit off for the work so that it is one commit. */
    private <T> T inOneTransaction(Work<T> work) {
        return inTransaction(connection -> {
            boolean autoCommit = connection.getAutoCommit();
            if (!autoCommit) {
                return work.run(connection);
            }
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    private static void rollbackIfTransactional(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.rollback();
        }
    }

    @Override
    public String describe() {
        return "JDBC store, table " + sql.table; // the DataSource's URL may carry a password: not shown
    }
}
