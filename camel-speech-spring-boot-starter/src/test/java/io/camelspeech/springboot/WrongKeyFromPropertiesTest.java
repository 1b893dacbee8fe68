package io.camelspeech.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import io.camelspeech.component.SpeechProviderException;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** A wrong key in camel.component.speech.credentials: the provider's 401 comes back as SpeechProviderException. */
@SpringBootTest(classes = SpeechStarterTestApplication.class,
                properties = "camel.component.speech.credentials[ttsai.apiKey]=wrong-boot-key")
class WrongKeyFromPropertiesTest {

    @DynamicPropertySource
    static void sandbox(DynamicPropertyRegistry registry) {
        TestSandbox.ttsaiBaseUrl(registry);
    }

    @Autowired
    private ProducerTemplate template;

    @Test
    void theProvidersRefusalIsASpeechProviderException() {
        Exchange result = template.request("direct:tts", e -> e.getMessage().setBody("refused"));

        assertThat(result.getException()).isInstanceOf(SpeechProviderException.class);
        SpeechProviderException refused = (SpeechProviderException) result.getException();
        assertThat(refused.getProvider()).isEqualTo("ttsai");
        assertThat(refused.getStatusCode()).isEqualTo(401);
        assertThat(refused.isRetryable()).isFalse();
        assertThat(refused.getMessage()).doesNotContain("wrong-boot-key");
    }
}
