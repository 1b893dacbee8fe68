package io.camelspeech.component.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Renders the option and header tables of {@code src/main/docs/speech-component.adoc} from the generated catalog
 * descriptor ({@code speech.json}, written by camel-component-maven-plugin from {@code SpeechConfiguration},
 * {@code SpeechComponent} and {@code SpeechConstants}), and rewrites them in place between their marker comments.
 * <p>
 * {@link DocsInSyncTest} fails when the page and the descriptor differ. To regenerate the tables, either run that
 * test with {@code -Dspeech.docs.update=true}:
 *
 * <pre>
 * mvn -q test -pl camel-speech-component -am -Dtest=DocsInSyncTest -Dsurefire.failIfNoSpecifiedTests=false -Dspeech.docs.update=true
 * </pre>
 *
 * or run this class from the module directory with the test classpath (after {@code test-compile}):
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) io.camelspeech.component.docs.DocTables [path/to/speech-component.adoc]
 * </pre>
 *
 * (with {@code cp.txt} from {@code mvn -q dependency:build-classpath -Dmdep.outputFile=cp.txt -Dmdep.includeScope=test}).
 */
public final class DocTables {

    /** Where the generated descriptor is on the (test) classpath. */
    public static final String DESCRIPTOR = "/META-INF/io/camelspeech/component/speech.json";
    /** The page, relative to the module directory (surefire's working directory). */
    public static final Path PAGE = Path.of("src", "main", "docs", "speech-component.adoc");

    /** The generated sections, by the name used in their marker comments, in page order. */
    public static final List<String> SECTIONS = List.of("component options", "endpoint options", "component headers");

    private static final String TABLE_HEADER = "[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n"
            + "| Name | Description | Default | Type\n";

    private final JsonNode descriptor;

    public DocTables(JsonNode descriptor) {
        this.descriptor = descriptor;
    }

    /** The descriptor from the classpath. */
    public static JsonNode loadDescriptor() {
        try (InputStream in = DocTables.class.getResourceAsStream(DESCRIPTOR)) {
            if (in == null) {
                throw new IllegalStateException(DESCRIPTOR + " is not on the classpath: compile the module first"
                        + " (mvn -q compile -pl camel-speech-component -am)");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String start(String section) {
        return "// " + section + ": START";
    }

    public static String end(String section) {
        return "// " + section + ": END";
    }

    /** Every generated section's content (what goes between its START and END lines), by section name. */
    public Map<String, String> render() {
        Map<String, String> sections = new LinkedHashMap<>();
        sections.put("component options", componentOptions());
        sections.put("endpoint options", endpointOptions());
        sections.put("component headers", headers());
        return sections;
    }

    String componentOptions() {
        JsonNode options = descriptor.get("componentProperties");
        StringBuilder out = new StringBuilder();
        out.append("== Component Options\n\n");
        out.append("The ").append(title()).append(" component supports ").append(options.size())
                .append(" options, which are listed below. They are the defaults of every endpoint the component"
                        + " creates; an endpoint option wins over them.\n");
        groupedTables(out, fields(options));
        return out.toString();
    }

    private static Map<String, JsonNode> fields(JsonNode node) {
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        node.properties().forEach(e -> fields.put(e.getKey(), e.getValue()));
        return fields;
    }

    String endpointOptions() {
        JsonNode options = descriptor.get("properties");
        Map<String, JsonNode> path = new LinkedHashMap<>();
        Map<String, JsonNode> query = new LinkedHashMap<>();
        fields(options).forEach((name, option) -> ("path".equals(option.path("kind").asText()) ? path : query)
                .put(name, option));
        StringBuilder out = new StringBuilder();
        out.append("== Endpoint Options\n\n");
        out.append("The ").append(title()).append(" endpoint is configured using URI syntax:\n\n----\n")
                .append(descriptor.at("/component/syntax").asText()).append("\n----\n\n")
                .append("with the following path and query parameters:\n\n");
        out.append("=== Path Parameters (").append(path.size()).append(" parameters)\n\n");
        table(out, path);
        out.append("\n=== Query Parameters (").append(query.size()).append(" parameters)\n");
        groupedTables(out, query);
        return out.toString();
    }

    String headers() {
        JsonNode headers = descriptor.get("headers");
        StringBuilder out = new StringBuilder();
        out.append("== Message Headers\n\n");
        out.append("The ").append(title()).append(" component supports ").append(headers.size())
                .append(" message headers, which are listed below. The group tells who reads or sets the header:"
                        + " producer, consumer (the jobs consumer), or common (both).\n\n");
        out.append("[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n")
                .append("| Name | Description | Default | Type\n");
        headers.properties().forEach(e -> {
            JsonNode header = e.getValue();
            String constant = header.path("constantName").asText("");
            constant = constant.contains("#") ? constant.substring(constant.indexOf('#') + 1) : constant;
            out.append("| *").append(e.getKey()).append("* (").append(header.path("group").asText("common"))
                    .append(")");
            if (!constant.isEmpty()) {
                out.append(" +\nConstant: `").append(constant).append('`');
            }
            out.append(" | ").append(description(header))
                    .append(" | ").append(defaultValue(header))
                    .append(" | ").append(shortType(header.path("javaType").asText()))
                    .append('\n');
        });
        out.append("|===\n");
        return out.toString();
    }

    /** One table per catalog group, in the descriptor's order (common, consumer, producer, advanced, ...). */
    private void groupedTables(StringBuilder out, Map<String, JsonNode> options) {
        Map<String, Map<String, JsonNode>> groups = new LinkedHashMap<>();
        options.forEach((name, option) -> groups
                .computeIfAbsent(option.path("group").asText("common"), g -> new LinkedHashMap<>())
                .put(name, option));
        groups.forEach((group, rows) -> {
            out.append("\n.").append(group).append(" (").append(rows.size())
                    .append(rows.size() == 1 ? " option" : " options").append(")\n");
            table(out, rows);
        });
    }

    private void table(StringBuilder out, Map<String, JsonNode> rows) {
        out.append(TABLE_HEADER);
        rows.forEach((name, option) -> out.append("| *").append(name).append("*")
                .append(" | ").append(description(option))
                .append(" | ").append(defaultValue(option))
                .append(" | ").append(shortType(option.path("javaType").asText()))
                .append('\n'));
        out.append("|===\n");
    }

    private String title() {
        return descriptor.at("/component/title").asText();
    }

    private static String description(JsonNode option) {
        StringBuilder text = new StringBuilder();
        if (option.path("required").asBoolean()) {
            text.append("*Required* ");
        }
        if (option.path("deprecated").asBoolean()) {
            text.append("*Deprecated* ");
        }
        text.append(escape(option.path("description").asText("")));
        String note = option.path("deprecationNote").asText("");
        if (!note.isBlank()) {
            text.append(" Deprecation note: ").append(escape(note));
        }
        if (option.has("enum")) {
            List<String> values = new ArrayList<>();
            option.get("enum").forEach(v -> values.add("`" + v.asText() + "`"));
            text.append(" Enum values: ").append(String.join(", ", values)).append('.');
        }
        if (option.path("secret").asBoolean()) {
            text.append(" (secret)");
        }
        return text.toString();
    }

    private static String defaultValue(JsonNode option) {
        JsonNode value = option.get("defaultValue");
        return value == null || value.isNull() ? "" : escape(value.asText());
    }

    /** java.util.Map&lt;java.lang.String, java.lang.String&gt; becomes Map, io.camelspeech....SpeechOperation becomes SpeechOperation. */
    static String shortType(String javaType) {
        String type = javaType.contains("<") ? javaType.substring(0, javaType.indexOf('<')) : javaType;
        return type.substring(type.lastIndexOf('.') + 1);
    }

    /** A table cell's text: a | would end the cell, a { would start an attribute reference. */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("{", "\\{").replace("\n", " ");
    }

    // --- the page ----------------------------------------------------------------------------------------------

    /** What the page holds between the section's markers; fails when a marker is missing or out of order. */
    public static String section(String page, String section) {
        int start = page.indexOf(start(section) + "\n");
        int end = page.indexOf(end(section));
        if (start < 0 || end < 0 || end < start) {
            throw new IllegalStateException("the page lacks the lines '" + start(section) + "' and '" + end(section)
                    + "' (in that order)");
        }
        return page.substring(start + start(section).length() + 1, end);
    }

    /** The page with every generated section replaced by its rendering. */
    public static String rewrite(String page, Map<String, String> rendered) {
        String result = page;
        for (Map.Entry<String, String> entry : rendered.entrySet()) {
            String current = section(result, entry.getKey());
            int from = result.indexOf(start(entry.getKey()) + "\n") + start(entry.getKey()).length() + 1;
            result = result.substring(0, from) + entry.getValue() + result.substring(from + current.length());
        }
        return result;
    }

    /** Rewrites the page's generated sections in place; returns whether anything changed. */
    public static boolean update(Path page) throws IOException {
        String before = Files.readString(page, StandardCharsets.UTF_8);
        String after = rewrite(before, new DocTables(loadDescriptor()).render());
        if (after.equals(before)) {
            return false;
        }
        Files.writeString(page, after, StandardCharsets.UTF_8);
        return true;
    }

    /** Rewrites the tables of the page given as argument, or of {@link #PAGE} from the working directory. */
    public static void main(String[] args) throws IOException {
        Path page = args.length > 0 ? Path.of(args[0]) : PAGE;
        if (!Files.isRegularFile(page)) {
            System.err.println(page.toAbsolutePath() + " not found: run from the camel-speech-component directory"
                    + " or give the page's path as argument");
            System.exit(2);
        }
        System.out.println(page + (update(page) ? ": tables regenerated from " : ": already in sync with ")
                + DESCRIPTOR);
    }
}
