package io.camelspeech.component.store;

import java.util.UUID;
import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

class H2MemoryJdbcJobStoreTest extends JdbcJobStoreContractTest {

    /** One database per test; DB_CLOSE_DELAY=-1 keeps it while no connection is open. */
    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Override
    protected DataSource newDataSource() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        return dataSource;
    }
}
