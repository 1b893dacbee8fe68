package io.camelspeech.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The starter's META-INF/spring-configuration-metadata.json (written by spring-boot-configuration-processor from the
 * Javadoc of SpeechComponentConfiguration, merged with additional-spring-configuration-metadata.json): what an IDE
 * shows for camel.component.speech.* in application.yaml.
 */
class ConfigurationMetadataTest {

    private static final Map<String, JsonNode> PROPERTIES = new HashMap<>();
    private static final Map<String, JsonNode> HINTS = new HashMap<>();

    @BeforeAll
    static void readTheStartersMetadata() throws Exception {
        ObjectMapper json = new ObjectMapper();
        for (URL url : Collections.list(ConfigurationMetadataTest.class.getClassLoader()
                .getResources("META-INF/spring-configuration-metadata.json"))) {
            try (InputStream in = url.openStream()) {
                JsonNode metadata = json.readTree(in);
                metadata.path("properties").forEach(p -> {
                    if (p.path("name").asText().startsWith("camel.component.speech.")) {
                        PROPERTIES.put(p.path("name").asText(), p);
                    }
                });
                metadata.path("hints").forEach(h -> {
                    if (h.path("name").asText().startsWith("camel.component.speech.")) {
                        HINTS.put(h.path("name").asText(), h);
                    }
                });
            }
        }
        assertThat(PROPERTIES).as("the starter's metadata is on the class path").isNotEmpty();
    }

    private static JsonNode property(String name) {
        assertThat(PROPERTIES).containsKey(name);
        JsonNode property = PROPERTIES.get(name);
        assertThat(property.path("description").asText()).as(name + " has a description").isNotBlank();
        return property;
    }

    @Test
    void componentOptionsAreListedWithDescriptionsAndDefaults() {
        assertThat(property("camel.component.speech.job-store-directory").path("defaultValue").asText())
                .isEqualTo("speech-jobs");
        assertThat(property("camel.component.speech.callback-max-body-size").path("defaultValue").asLong())
                .isEqualTo(1048576L);
        assertThat(property("camel.component.speech.health-check-probe-interval").path("type").asText())
                .isEqualTo("java.time.Duration");
        assertThat(property("camel.component.speech.health-check-probe-interval").path("defaultValue").asText())
                .isEqualTo("1m");
        assertThat(property("camel.component.speech.credentials").path("description").asText())
                .contains("provider.option");
        assertThat(property("camel.component.speech.io-threads").path("defaultValue").asInt()).isEqualTo(4);
        assertThat(property("camel.component.speech.health-check-producer-enabled").path("defaultValue").asBoolean())
                .isTrue();
    }

    @Test
    void endpointDefaultsAreListedToo() {
        property("camel.component.speech.api-key");
        property("camel.component.speech.base-url");
        property("camel.component.speech.callback-base-url");
        assertThat(property("camel.component.speech.max-retries").path("defaultValue").asInt()).isEqualTo(3);
        assertThat(property("camel.component.speech.job-timeout").path("defaultValue").asText()).isEqualTo("30m");
        // a provider default the component leaves unset: documented, not set on the component
        assertThat(property("camel.component.speech.denoise").path("defaultValue").asBoolean()).isTrue();
    }

    @Test
    void theJobStoreIsChosenByName() {
        JsonNode jobStore = property("camel.component.speech.job-store");
        assertThat(jobStore.path("type").asText()).isEqualTo("java.lang.String");
        assertThat(jobStore.path("defaultValue").asText()).isEqualTo("file");
        assertThat(property("camel.component.speech.job-store-table").path("defaultValue").asText())
                .isEqualTo("speech_jobs");
        assertThat(HINTS.get("camel.component.speech.job-store").toString())
                .contains("\"file\"", "\"jdbc\"", "\"memory\"");
    }

    @Test
    void deprecatedOptionsNameTheirReplacement() {
        JsonNode extensions = property("camel.component.speech.extensions");
        assertThat(extensions.path("deprecated").asBoolean()).isTrue();
        assertThat(extensions.path("deprecation").path("replacement").asText())
                .isEqualTo("camel.component.speech.format");
    }
}
