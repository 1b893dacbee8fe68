package io.camelspeech.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.camelspeech.component.SpeechComponent;
import io.camelspeech.component.SpeechConstants;
import io.camelspeech.component.store.JdbcJobStore;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * camel.component.speech.job-store=jdbc: jobs go into a table of the application's DataSource (here Spring Boot's
 * embedded H2), created by the store when missing.
 */
@SpringBootTest(classes = SpeechStarterTestApplication.class, properties = {
        "camel.component.speech.job-store=jdbc",
        "camel.component.speech.job-store-table=boot_speech_jobs" })
class JdbcJobStoreFromPropertiesTest {

    @Autowired
    private ProducerTemplate template;
    @Autowired
    private CamelContext camelContext;
    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aSubmittedJobIsRecordedInTheTable() {
        assertThat(camelContext.getComponent("speech", SpeechComponent.class).getJobStore())
                .isInstanceOf(JdbcJobStore.class);
        JobStoreAssertions.aSubmittedJobIsInTheTable(template, jdbc, "boot_speech_jobs");
    }

    /** Shared with the PostgreSQL variant. */
    static final class JobStoreAssertions {

        private JobStoreAssertions() {
        }

        static void aSubmittedJobIsInTheTable(ProducerTemplate template, JdbcTemplate jdbc, String table) {
            byte[] audio = template.requestBody(TestSandbox.uri("ttsai", "textToSpeech", "voice=af_bella&format=wav"),
                    "recorded in the database", byte[].class);
            Exchange submitted = template.request(TestSandbox.uri("aimlapi", "speechToText", "wait=false"),
                    e -> e.getMessage().setBody(audio));

            assertThat(submitted.getException()).isNull();
            String jobId = submitted.getMessage().getHeader(SpeechConstants.JOB_ID, String.class);
            assertThat(jobId).isNotBlank();
            Map<String, Object> row = jdbc.queryForMap(
                    "SELECT provider, operation, job_id, reference FROM " + table + " WHERE job_id = ?", jobId);
            assertThat(row.get("provider")).isEqualTo("aimlapi");
            assertThat(row.get("operation")).isEqualTo("speechToText");
            assertThat(row.get("reference"))
                    .isEqualTo(submitted.getMessage().getHeader(SpeechConstants.JOB_REFERENCE, String.class));
        }
    }
}
