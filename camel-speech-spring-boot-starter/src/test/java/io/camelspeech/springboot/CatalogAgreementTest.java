package io.camelspeech.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanWrapperImpl;

/**
 * The starter's properties are written by hand, the way Camel's generated starters look: this test fails when the
 * component's catalog (speech.json, generated from the component) gains an option the starter lacks, or a documented
 * default the starter does not carry.
 */
class CatalogAgreementTest {

    @Test
    void everyComponentOptionOfTheCatalogIsAStarterProperty() throws Exception {
        JsonNode catalog;
        try (InputStream in = getClass().getResourceAsStream("/META-INF/io/camelspeech/component/speech.json")) {
            catalog = new ObjectMapper().readTree(in);
        }
        BeanWrapperImpl starter = new BeanWrapperImpl(new SpeechComponentConfiguration());
        List<String> missing = new ArrayList<>();
        List<String> otherDefault = new ArrayList<>();
        catalog.path("componentProperties").fields().forEachRemaining(option -> {
            String name = option.getKey();
            if (!starter.isReadableProperty(name)) {
                missing.add(name);
                return;
            }
            JsonNode documented = option.getValue().path("defaultValue");
            Object value = starter.getPropertyValue(name);
            if (!documented.isMissingNode() && value != null && !sameDefault(documented.asText(), value)) {
                otherDefault.add(name + ": catalog " + documented.asText() + ", starter " + value);
            }
        });
        assertThat(missing).as("catalog component options the starter lacks").isEmpty();
        assertThat(otherDefault).as("defaults that differ").isEmpty();
    }

    private static boolean sameDefault(String documented, Object value) {
        if (value instanceof java.time.Duration duration) {
            return Long.parseLong(documented) == duration.toMillis();
        }
        return documented.toLowerCase(Locale.ROOT).equals(String.valueOf(value).toLowerCase(Locale.ROOT));
    }
}
