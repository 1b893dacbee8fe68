package io.camelspeech.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.camelspeech.component.provider.SpeechProviders;
import io.camelspeech.sandbox.SpeechSandbox;
import org.junit.jupiter.api.Test;

/**
 * The component's registry (ServiceLoader) is the truth; what cannot be derived from it at run time (an annotation's
 * enum, the sandbox's modules, the README) is checked here, and this test fails naming the place that differs.
 */
class ProviderListsTest {

    private static final List<String> REGISTRY = List.copyOf(SpeechProviders.builtIn().available());

    @Test
    void theCatalogEnumNamesTheRegisteredProviders() throws Exception {
        try (InputStream json = getClass().getResourceAsStream("/META-INF/io/camelspeech/component/speech.json")) {
            JsonNode provider = new ObjectMapper().readTree(json).path("properties").path("provider").path("enum");
            List<String> listed = new ArrayList<>();
            provider.forEach(name -> listed.add(name.asText()));
            assertThat(listed).as("@UriPath(enums) of SpeechEndpoint.provider").containsExactlyInAnyOrderElementsOf(REGISTRY);
        }
    }

    @Test
    void theSandboxAndTheExamplesServeEveryRegisteredProvider() {
        try (SpeechSandbox sandbox = SpeechSandbox.start()) {
            assertThat(sandbox.providers()).as("the sandbox's modules").containsExactlyInAnyOrderElementsOf(REGISTRY);
        }
        assertThat(SpeechExamplesApplication.PROVIDERS).as("SpeechExamplesApplication.PROVIDERS")
                .containsExactlyInAnyOrderElementsOf(REGISTRY);
    }

    @Test
    void theReadmeProviderTableListsEveryRegisteredProvider() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        String table = readme.substring(readme.indexOf("| provider | URI name | status |"), readme.indexOf("\n\n",
                readme.indexOf("| provider | URI name | status |")));
        List<String> named = new ArrayList<>();
        Matcher row = Pattern.compile("(?m)^\\| [^|]+ \\| `([a-z0-9]+)` \\|").matcher(table);
        while (row.find()) {
            named.add(row.group(1));
        }
        assertThat(named).as("README.md's provider table").containsExactlyInAnyOrderElementsOf(REGISTRY);
    }
}
