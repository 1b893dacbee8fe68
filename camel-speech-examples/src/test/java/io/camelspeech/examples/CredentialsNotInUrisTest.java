package io.camelspeech.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * No example puts a key in an endpoint URI: Camel prints resolved endpoint URIs at DEBUG/TRACE, RAW(...) included.
 * Keys belong in the components' own options (camel.component.speech.credentials[provider.option],
 * camel.component.aws2-s3.secret-key) in application.properties. Fails naming every file and line that has one.
 */
class CredentialsNotInUrisTest {

    /** The credential options of the speech component and of aws2-s3, as URI query parameters. */
    private static final Pattern IN_URI = Pattern.compile("(?<![A-Za-z0-9_])(apiKey|secretKey|secretId|token|accessKey)=");
    /** The same options as YAML DSL endpoint parameters ({@code parameters: { apiKey: ... }}). */
    private static final Pattern YAML_PARAMETER
            = Pattern.compile("(?<![A-Za-z0-9_.-])(apiKey|secretKey|secretId|token|accessKey)\\s*:");

    private static final Path MAIN = Path.of("src", "main");

    @Test
    void noExampleRouteOrPropertyPutsACredentialInAnEndpointUri() throws IOException {
        List<Path> files = sources();
        assertThat(files).as("the examples' routes and properties under " + MAIN.toAbsolutePath())
                .anyMatch(file -> file.toString().endsWith("SpeechExampleRoutes.java"))
                .anyMatch(file -> file.toString().endsWith(".camel.yaml"))
                .anyMatch(file -> file.toString().endsWith("application.properties"));
        List<String> found = new ArrayList<>();
        for (Path file : files) {
            boolean yaml = file.toString().endsWith(".yaml") || file.toString().endsWith(".yml");
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (IN_URI.matcher(line).find() || yaml && YAML_PARAMETER.matcher(line).find()) {
                    found.add(file + ":" + (i + 1) + ": " + line.strip());
                }
            }
        }
        assertThat(found).as("credentials in endpoint URIs (use the component's credentials map in"
                             + " application.properties instead)").isEmpty();
    }

    @Test
    void theScanCatchesEveryForm() {
        assertThat(IN_URI.matcher("\"speech:ttsai:textToSpeech?voice=x&apiKey=RAW({{k}})\"").find()).isTrue();
        assertThat(IN_URI.matcher("+ \"&secretId={{id}}&secretKey=RAW({{k}})\"").find()).isTrue();
        assertThat(IN_URI.matcher("aws2-s3://b?accessKey=RAW(a)").find()).isTrue();
        assertThat(IN_URI.matcher("?token=abc").find()).isTrue();
        assertThat(YAML_PARAMETER.matcher("              apiKey: \"RAW({{speech.ttsai.api-key}})\"").find()).isTrue();
        assertThat(YAML_PARAMETER.matcher("parameters: { voice: af_bella, secretKey: x }").find()).isTrue();
        // the component's own options are the right place
        assertThat(IN_URI.matcher("camel.component.speech.credentials[ttsai.apiKey] = {{env:SPEECH_TTSAI_API_KEY:}}")
                .find()).isFalse();
        assertThat(IN_URI.matcher("camel.component.aws2-s3.secret-key = {{speech.s3.secret-key}}").find()).isFalse();
        assertThat(YAML_PARAMETER.matcher("        simple: \"${header.CamelSpeechJobId}\"").find()).isFalse();
    }

    private static List<Path> sources() throws IOException {
        try (Stream<Path> paths = Files.walk(MAIN)) {
            return paths.filter(Files::isRegularFile)
                    .filter(file -> {
                        String name = file.getFileName().toString();
                        return name.endsWith(".java") || name.endsWith(".yaml") || name.endsWith(".yml")
                               || name.endsWith(".xml") || name.endsWith(".properties");
                    })
                    .sorted()
                    .toList();
        }
    }
}
