package io.camelspeech.component.store;

import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/** Runs only when SPEECH_TEST_POSTGRES_URL names a database, e.g. jdbc:postgresql://127.0.0.1:5432/speech?user=... */
class PostgresJdbcJobStoreTest extends JdbcJobStoreContractTest {

    private static final String URL = System.getenv("SPEECH_TEST_POSTGRES_URL");

    /** The database outlives the test: each test has its own table, dropped afterwards. */
    private final String table = uniqueTable();

    @Override
    protected DataSource newDataSource() {
        Assumptions.assumeTrue(URL != null && !URL.isBlank(), "SPEECH_TEST_POSTGRES_URL is not set");
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(URL);
        return dataSource;
    }

    @Override
    protected String table() {
        return table;
    }

    @AfterEach
    void dropTables() throws Exception {
        if (tablesUsed().isEmpty()) {
            return;
        }
        try (Connection connection = newDataSource().getConnection();
             Statement statement = connection.createStatement()) {
            for (String used : tablesUsed()) {
                statement.execute("DROP TABLE IF EXISTS " + used);
            }
        }
    }
}
