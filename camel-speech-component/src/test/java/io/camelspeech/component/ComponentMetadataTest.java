package io.camelspeech.component;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelspeech.component.provider.SpeechProvider;
import io.camelspeech.component.provider.SpeechProviders;
import io.camelspeech.component.provider.ttsai.TtsAiProvider;
import org.apache.camel.spi.UriParam;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generated descriptor documents every option and header, and every request option has its override header. */
class ComponentMetadataTest {

    private static JsonNode descriptor;

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = ComponentMetadataTest.class.getResourceAsStream("/META-INF/io/camelspeech/component/speech.json")) {
            assertThat(in).as("generated speech.json on the classpath").isNotNull();
            descriptor = new ObjectMapper().readTree(in);
        }
    }

    private static List<String> uriParams() {
        return Arrays.stream(SpeechConfiguration.class.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(UriParam.class)).map(Field::getName).toList();
    }

    private static Set<String> headerNames() {
        return Arrays.stream(SpeechConstants.class.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.isAnnotationPresent(org.apache.camel.spi.Metadata.class))
                .map(f -> {
                    try {
                        return (String) f.get(null);
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }).collect(Collectors.toSet());
    }

    @Test
    void everyOptionIsDescribed() {
        JsonNode properties = descriptor.get("properties");
        assertThat(descriptor.at("/component/scheme").asText()).isEqualTo("speech");
        assertThat(descriptor.at("/component/syntax").asText()).isEqualTo("speech:provider:operation");
        assertThat(properties.has("provider")).isTrue();
        assertThat(properties.has("operation")).isTrue();
        for (String option : uriParams()) {
            assertThat(properties.has(option)).as(option).isTrue();
            assertThat(properties.get(option).get("description").asText()).as(option + " description").isNotBlank();
        }
        assertThat(properties.get("apiKey").get("secret").asBoolean()).isTrue();
    }

    @Test
    void everyHeaderIsDescribed() {
        JsonNode headers = descriptor.get("headers");
        for (String header : headerNames()) {
            assertThat(headers.has(header)).as(header).isTrue();
            assertThat(headers.get(header).get("description").asText()).as(header).isNotBlank();
        }
    }

    @Test
    void everyRequestOptionOfEveryOperationHasItsOverrideHeader() {
        Set<String> headers = headerNames();
        SpeechProviders providers = SpeechProviders.builtIn();
        assertThat(providers.available()).as("META-INF/services").hasSize(6);
        for (String name : providers.available()) {
            SpeechProvider provider = providers.get(name);
            for (SpeechOperation operation : provider.operations()) {
                for (String option : provider.options(operation)) {
                    assertThat(headers).as("override header of " + option).contains(SpeechConstants.headerFor(option));
                    assertThat(uriParams()).as("option " + option + " of " + name + ":" + operation).contains(option);
                }
            }
            for (String credential : provider.credentialOptions()) {
                assertThat(descriptor.get("properties").get(credential).get("secret").asBoolean()).as(credential).isTrue();
            }
        }
    }

    @Test
    void theDocumentedTtsAiEndpointsAreAllOffered() {
        assertThat(new TtsAiProvider().operations()).hasSize(14);
    }

    /**
     * A provider-only option's documented default in the catalog is the one its declaration applies (a shared option,
     * e.g. model, has a default per provider and none in the catalog).
     */
    @Test
    void theCatalogDefaultOfAProviderOptionIsTheDeclarationsDefault() {
        SpeechProviders providers = SpeechProviders.builtIn();
        int compared = 0;
        List<String> differing = new java.util.ArrayList<>();
        for (String name : providers.available()) {
            SpeechProvider provider = providers.get(name);
            for (SpeechOperation operation : provider.operations()) {
                for (var param : provider.params(operation)) {
                    JsonNode option = descriptor.get("properties").get(param.option());
                    if (!option.path("label").asText().equals("producer," + name)) {
                        continue;
                    }
                    String documented = option.hasNonNull("defaultValue") ? option.get("defaultValue").asText() : null;
                    Object declaredValue = param.defaultValue() != null ? param.defaultValue() : param.providerDefault();
                    String declared = declaredValue == null ? null : String.valueOf(declaredValue);
                    // Camel's tooling gives every boolean option a false default when none is documented
                    boolean toolingDefault = declared == null && "false".equals(documented)
                            && "boolean".equals(option.path("type").asText());
                    if (!toolingDefault && !java.util.Objects.equals(documented, declared)) {
                        differing.add(name + ":" + operation + " " + param.option() + " catalog " + documented
                                + ", declaration " + declared);
                    }
                    compared++;
                }
            }
        }
        assertThat(differing).isEmpty();
        assertThat(compared).isGreaterThan(20);
    }
}
