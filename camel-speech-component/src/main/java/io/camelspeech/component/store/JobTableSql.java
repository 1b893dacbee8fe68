package io.camelspeech.component.store;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The statements of {@link JdbcJobStore} for one table, in SQL that H2 2.x and PostgreSQL both run. Times are BIGINT
 * epoch milliseconds, the one time type every database compares the same way.
 */
final class JobTableSql {

    /** A plain identifier: the table name is written into SQL, so nothing else may get in. */
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,50}");
    private static final String COLUMNS = "reference, provider, operation, job_id, state, job_json, idempotency_key,"
            + " token_hash, emitted, owner, lease_until, created_at, updated_at";

    final String table;
    final List<String> schema;
    final String probe;
    final String insert;
    final String update;
    final String selectByReference;
    final String selectNewestByJobId;
    final String selectNewestByKey;
    final String selectPending;
    final String markEmitted;
    final String claim;
    final String deleteCreatedBefore;

    JobTableSql(String table) {
        if (table == null || !IDENTIFIER.matcher(table).matches()) {
            throw new IllegalArgumentException("Not a plain SQL table name (letters, digits, '_'): " + table);
        }
        this.table = table;
        this.schema = List.of(
                "CREATE TABLE IF NOT EXISTS " + table + " ("
                        + "reference VARCHAR(255) NOT NULL, "
                        + "provider VARCHAR(64) NOT NULL, "
                        + "operation VARCHAR(64), "
                        + "job_id VARCHAR(512), "
                        + "state VARCHAR(16), "
                        + "job_json TEXT, "
                        + "idempotency_key VARCHAR(512), "
                        + "token_hash VARCHAR(128), "
                        + "emitted BOOLEAN NOT NULL, "
                        + "owner VARCHAR(255), "
                        + "lease_until BIGINT, "
                        + "created_at BIGINT NOT NULL, "
                        + "updated_at BIGINT, "
                        + "CONSTRAINT " + table + "_pk PRIMARY KEY (reference))",
                "CREATE INDEX IF NOT EXISTS " + table + "_job_id_idx ON " + table + " (provider, job_id)",
                "CREATE INDEX IF NOT EXISTS " + table + "_key_idx ON " + table + " (idempotency_key)");
        this.probe = "SELECT reference FROM " + table + " WHERE 1 = 0";
        this.insert = "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        // emitted belongs to markEmitted and the lease to claim: an update never writes them, so it cannot undo them
        this.update = "UPDATE " + table + " SET provider = ?, operation = ?, job_id = ?, state = ?, job_json = ?,"
                + " idempotency_key = ?, token_hash = ?, created_at = ?, updated_at = ?"
                + " WHERE reference = ?";
        String select = "SELECT " + COLUMNS + " FROM " + table;
        String newestOnly = " ORDER BY created_at DESC, reference DESC FETCH FIRST 1 ROWS ONLY";
        this.selectByReference = select + " WHERE reference = ?";
        this.selectNewestByJobId = select + " WHERE provider = ? AND job_id = ?" + newestOnly;
        this.selectNewestByKey = select + " WHERE idempotency_key = ? AND created_at >= ?" + newestOnly;
        this.selectPending = select + " WHERE provider = ? AND emitted = FALSE ORDER BY created_at, reference";
        this.markEmitted = "UPDATE " + table + " SET emitted = TRUE WHERE reference = ? AND emitted = FALSE";
        this.claim = "UPDATE " + table + " SET owner = ?, lease_until = ? WHERE reference = ?"
                + " AND (owner IS NULL OR owner = ? OR lease_until IS NULL OR lease_until <= ?)";
        this.deleteCreatedBefore = "DELETE FROM " + table + " WHERE created_at < ?";
    }
}
