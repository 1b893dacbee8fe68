package io.camelspeech.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelspeech.component.SpeechComponent;
import io.camelspeech.component.store.JdbcJobStore;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The jdbc job store on PostgreSQL, through spring.datasource.url: runs only when SPEECH_TEST_POSTGRES_URL names a
 * database (e.g. jdbc:postgresql://127.0.0.1:5432/speech?user=...&amp;password=..., as for the component's
 * PostgresJdbcJobStoreTest). The table is this run's own and is dropped afterwards.
 */
@EnabledIfEnvironmentVariable(named = "SPEECH_TEST_POSTGRES_URL", matches = ".+")
@SpringBootTest(classes = SpeechStarterTestApplication.class, properties = "camel.component.speech.job-store=jdbc")
class PostgresJobStoreFromPropertiesTest {

    private static final String TABLE = "speech_jobs_boot_" + Long.toHexString(System.nanoTime());

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> System.getenv("SPEECH_TEST_POSTGRES_URL"));
        registry.add("camel.component.speech.job-store-table", () -> TABLE);
    }

    @Autowired
    private ProducerTemplate template;
    @Autowired
    private CamelContext camelContext;
    @Autowired
    private JdbcTemplate jdbc;

    @AfterEach
    void dropTheTable() {
        jdbc.execute("DROP TABLE IF EXISTS " + TABLE);
    }

    @Test
    void aSubmittedJobIsRecordedInTheTable() {
        assertThat(camelContext.getComponent("speech", SpeechComponent.class).getJobStore())
                .isInstanceOf(JdbcJobStore.class);
        JdbcJobStoreFromPropertiesTest.JobStoreAssertions.aSubmittedJobIsInTheTable(template, jdbc, TABLE);
    }
}
