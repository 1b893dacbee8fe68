package io.camelspeech.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelspeech.component.SpeechComponent;
import io.camelspeech.component.store.InMemoryJobStore;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * camel.component.speech.* reaches the component: the key from the credentials map (its dot and case kept by Spring's
 * map binding), the base URL and other endpoint defaults, component options, durations in Spring's notation, and a
 * job store chosen by name.
 */
@SpringBootTest(classes = SpeechStarterTestApplication.class, properties = {
        "camel.component.speech.connect-timeout=2500ms",
        "camel.component.speech.health-check-probe-interval=30s",
        "camel.component.speech.callback-max-body-size=2048",
        "camel.component.speech.max-retries=1",
        "camel.component.speech.job-store=memory" })
class CredentialsFromPropertiesTest {

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        TestSandbox.ttsaiBaseUrl(registry);
    }

    @Autowired
    private ProducerTemplate template;
    @Autowired
    private CamelContext camelContext;

    @Test
    void theKeyFromPropertiesWorks() {
        Exchange result = template.request("direct:tts", e -> e.getMessage().setBody("configured by Spring Boot"));

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(byte[].class)).isNotEmpty();
    }

    @Test
    void everyPropertyReachedTheComponent() {
        SpeechComponent speech = camelContext.getComponent("speech", SpeechComponent.class);

        assertThat(speech.getCredentials()).containsEntry("ttsai.apiKey", TestSandbox.TTSAI_KEY)
                .containsEntry("aimlapi.apiKey", "sandbox-key");
        assertThat(speech.getConfiguration().getBaseUrl()).isEqualTo(TestSandbox.get().providerBaseUrl("ttsai"));
        assertThat(speech.getConfiguration().getMaxRetries()).isEqualTo(1);
        assertThat(speech.getConfiguration().getRetryDelay()).isEqualTo(20);
        assertThat(speech.getConnectTimeout()).isEqualTo(2500);
        assertThat(speech.getHealthCheckProbeInterval()).isEqualTo(30_000);
        assertThat(speech.getCallbackMaxBodySize()).isEqualTo(2048);
        assertThat(speech.getJobStoreDirectory()).isEqualTo("target/speech-jobs");
        assertThat(speech.getJobStore()).isInstanceOf(InMemoryJobStore.class);
    }
}
