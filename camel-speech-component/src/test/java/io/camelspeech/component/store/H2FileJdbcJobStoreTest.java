package io.camelspeech.component.store;

import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** H2 on disk with AUTO_SERVER, the mode in which several processes share one database file. */
class H2FileJdbcJobStoreTest extends JdbcJobStoreContractTest {

    @TempDir
    Path directory;

    /** Keeps the database open between the store's short-lived connections, as a pool would. */
    private Connection keepOpen;

    @Override
    protected DataSource newDataSource() throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + directory.resolve("db") + ";AUTO_SERVER=TRUE");
        if (keepOpen == null) {
            keepOpen = dataSource.getConnection();
        }
        return dataSource;
    }

    @AfterEach
    void closeDatabase() throws Exception {
        if (keepOpen != null) {
            keepOpen.createStatement().execute("SHUTDOWN");
            keepOpen.close();
        }
    }
}
