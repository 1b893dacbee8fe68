package io.camelspeech.component.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.camel.catalog.CamelCatalog;
import org.apache.camel.catalog.DefaultCamelCatalog;
import org.apache.camel.catalog.EndpointValidationResult;
import org.apache.camel.tooling.model.BaseOptionModel;
import org.apache.camel.tooling.model.ComponentModel;
import org.apache.camel.tooling.model.ComponentModel.EndpointOptionModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The component as Camel's own tooling sees it: the generated {@code speech.json} added to camel-catalog 4.18 (what
 * IDE plugins, Camel JBang, Karavan and Kaoto use), its model, and its validation of endpoint URIs.
 * <p>
 * What camel-catalog validates in a URI: the scheme, unknown option names (with suggestions), option types (boolean,
 * integer, number, duration), enum values (including the {@code provider} and {@code operation} path parameters),
 * required path parameters, consumer-only/producer-only options when asked to, and deprecated options (reported, not
 * failed). What it cannot know, and the component checks when the endpoint is created instead: which operations a
 * provider offers ({@code speech:replica:textToSpeech} passes the catalog, the operation being one of the shared
 * vocabulary), which options an operation reads ({@code denoise} on an OpenAI endpoint passes), documented ranges
 * ({@code speed=9}) and value sets of free-string options ({@code format=xyz}), and that {@code jobs} is the only
 * consumer operation.
 */
class CatalogEntryTest {

    static final List<String> PROVIDERS = List.copyOf(io.camelspeech.component.provider.SpeechProviders.builtIn().available());
    static final Set<String> PLAIN_LABELS = Set.of("common", "producer", "consumer", "advanced", "security", "health");
    static final List<String> DEPRECATED = List.of("performerStyleId", "modelName", "languageCode", "extensions",
            "webhookUrl", "timeout");

    private static CamelCatalog catalog;
    private static ComponentModel model;

    @BeforeAll
    static void addComponent() throws IOException {
        String json;
        try (InputStream in = CatalogEntryTest.class.getResourceAsStream(DocTables.DESCRIPTOR)) {
            assertThat(in).as("generated %s on the test classpath", DocTables.DESCRIPTOR).isNotNull();
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catalog = new DefaultCamelCatalog();
        catalog.addComponent("speech", "io.camelspeech.component.SpeechComponent", json);
        model = catalog.componentModel("speech");
    }

    private static Stream<BaseOptionModel> allOptions() {
        return Stream.concat(model.getComponentOptions().stream(), model.getEndpointOptions().stream());
    }

    private static Map<String, EndpointOptionModel> endpointOptions() {
        return model.getEndpointOptions().stream()
                .collect(Collectors.toMap(BaseOptionModel::getName, Function.identity()));
    }

    @Test
    void catalogKnowsTheComponent() {
        assertThat(catalog.componentJSonSchema("speech")).isNotBlank().contains("\"scheme\": \"speech\"");
        assertThat(catalog.findComponentNames()).contains("speech");
        assertThat(model).isNotNull();
        assertThat(model.getScheme()).isEqualTo("speech");
        assertThat(model.getSyntax()).isEqualTo("speech:provider:operation");
        assertThat(model.getJavaType()).isEqualTo("io.camelspeech.component.SpeechComponent");
        assertThat(model.isAsync()).as("the producer is an AsyncProcessor").isTrue();
        assertThat(model.isConsumerOnly()).isFalse();
        assertThat(model.isProducerOnly()).isFalse();
        assertThat(model.isLenientProperties()).as("unknown options are errors").isFalse();
        assertThat(model.getDescription()).isNotBlank().doesNotContain("{code", "{@", "<", ">");
        assertThat(model.getEndpointPathOptions()).extracting(BaseOptionModel::getName)
                .containsExactly("provider", "operation");
    }

    @Test
    void providerPathParameterListsTheProviders() {
        EndpointOptionModel provider = endpointOptions().get("provider");
        assertThat(provider.isRequired()).isTrue();
        assertThat(provider.getEnums()).containsExactlyInAnyOrderElementsOf(PROVIDERS);
        assertThat(endpointOptions().get("operation").getEnums()).contains("textToSpeech", "speechToText", "jobs");
    }

    @Test
    void labelsFollowCamelsGroups() {
        List<String> wrong = new ArrayList<>();
        allOptions().forEach(option -> {
            String label = option.getLabel() == null ? "" : option.getLabel();
            boolean known = label.isEmpty() || PLAIN_LABELS.contains(label) || label.startsWith("producer,")
                            || label.startsWith("consumer,") || label.startsWith("common,");
            if (!known) {
                wrong.add(option.getKind() + " " + option.getName() + " label '" + label + "'");
            }
        });
        assertThat(wrong).as("labels outside common, producer, consumer, advanced, security, producer,*, consumer,*,"
                             + " common,*").isEmpty();
    }

    @Test
    void providerOnlyOptionsAreLabelledWithTheirProvider() {
        List<String> providerLabelled = new ArrayList<>();
        allOptions().forEach(option -> {
            String label = option.getLabel() == null ? "" : option.getLabel();
            String[] parts = label.split(",");
            if (parts.length == 2 && "producer".equals(parts[0]) && !Set.of("advanced", "job").contains(parts[1])) {
                assertThat(PROVIDERS).as("provider of %s (label %s)", option.getName(), label).contains(parts[1]);
                assertThat(option.getGroup()).as("group of %s", option.getName()).isEqualTo(parts[1]);
                providerLabelled.add(option.getName());
            }
        });
        assertThat(providerLabelled).contains("plan", "denoise", "modelChain", "alias", "contentId", "instructions");
        assertThat(endpointOptions().get("plan").getLabel()).isEqualTo("producer,ttsai");
        assertThat(endpointOptions().get("plan").getEnums()).containsExactly("pro", "enterprise");
        assertThat(endpointOptions().get("modelChain").getLabel()).isEqualTo("producer,replica");
        assertThat(endpointOptions().get("engine").getLabel()).isEqualTo("producer,audiostack");
        assertThat(endpointOptions().get("limit").getLabel()).isEqualTo("producer,tencent");
        assertThat(endpointOptions().get("temperature").getLabel()).isEqualTo("producer,openai");
        // shared names stay unlabelled by provider
        for (String shared : List.of("voice", "model", "format", "language", "speed", "audioUrl", "callbackUrl")) {
            assertThat(endpointOptions().get(shared).getLabel()).as(shared).isEqualTo("producer");
        }
    }

    @Test
    void documentedDefaults() {
        Map<String, EndpointOptionModel> options = endpointOptions();
        assertThat(options.get("denoise").getDefaultValue()).isEqualTo(true);
        assertThat(options.get("enhanceClarity").getDefaultValue()).isEqualTo(true);
        assertThat(options.get("superResolution").getDefaultValue()).isEqualTo(false);
        assertThat(options.get("limit").getDefaultValue()).hasToString("100"); // a BigDecimal in the model
        assertThat(options.get("modelChain").getDefaultValue()).isEqualTo("vox_1_0");
        assertThat(options.get("engine").getDefaultValue()).isEqualTo("voice_engine_3");
        assertThat(options.get("plan").getDefaultValue()).isEqualTo("pro");
        assertThat(options.get("wait").getDefaultValue()).isEqualTo(true);
        assertThat(options.get("onUnknownSubmission").getDefaultValue()).isEqualTo("fail");
        // defaults that depend on the provider and the operation are not the catalog's business
        for (String perOperation : List.of("voice", "model", "format")) {
            assertThat(options.get(perOperation).getDefaultValue()).as("default of %s", perOperation).isNull();
        }
    }

    @Test
    void deprecatedOptionsAreMarkedDeprecated() {
        Map<String, EndpointOptionModel> options = endpointOptions();
        for (String name : DEPRECATED) {
            assertThat(options.get(name)).as(name).isNotNull();
            assertThat(options.get(name).isDeprecated()).as("%s deprecated in the catalog model", name).isTrue();
            assertThat(options.get(name).getDescription()).as(name).startsWith("Deprecated: use ");
        }
        assertThat(model.getComponentOptions().stream().filter(BaseOptionModel::isDeprecated)
                .map(BaseOptionModel::getName)).containsExactlyInAnyOrderElementsOf(DEPRECATED);
        assertThat(model.getEndpointHeaders().stream().filter(BaseOptionModel::isDeprecated)
                .map(BaseOptionModel::getName)).containsExactlyInAnyOrder("CamelSpeechPerformerStyleId",
                        "CamelSpeechModelName", "CamelSpeechLanguageCode", "CamelSpeechExtensions",
                        "CamelSpeechWebhookUrl", "CamelSpeechTimeout");
        // what a catalog user is told when validating a URI that uses one
        EndpointValidationResult result = catalog.validateEndpointProperties(
                "speech:replica:speechToSpeech?performerStyleId=x");
        assertThat(result.isSuccess()).as(result.summaryErrorMessage(true)).isTrue();
        assertThat(result.getDeprecated()).contains("performerStyleId");
    }

    @Test
    void everyOptionAndHeaderIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        Stream.concat(allOptions(), model.getEndpointHeaders().stream())
                .filter(option -> option.getDescription() == null || option.getDescription().isBlank())
                .forEach(option -> undescribed.add(option.getKind() + " " + option.getName()));
        assertThat(undescribed).isEmpty();
        assertThat(model.getEndpointHeaders()).hasSizeGreaterThan(50);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "speech:ttsai:textToSpeech?voice=af_bella&format=mp3",
            "speech:ttsai:textToSpeech?voice=af_bella&speed=1.5&plan=enterprise",
            "speech:ttsai:audioEnhance?denoise=false&strength=3",
            "speech:replica:speechToSpeech?voice=x&wait=false",
            "speech:tencent:jobs?delay=5000",
            "speech:tencent:jobs?callbackBaseUrl=https://speech.example.com&pollInterval=5s",
            "speech:tencent:listModels?limit=50&fetchAllPages=true",
            "speech:openai:speechToText?format=srt",
            "speech:aimlapi:speechToText?jobTimeout=10m&onUnknownSubmission=resubmit",
            "speech:audiostack:cloneVoice?alias=anna&tier=professional",
    })
    void goodUrisPass(String uri) {
        EndpointValidationResult result = catalog.validateEndpointProperties(uri);
        assertThat(result.isSuccess()).as(uri + ": " + result.summaryErrorMessage(true)).isTrue();
    }

    @Test
    void misspelledOptionFails() {
        EndpointValidationResult result = catalog.validateEndpointProperties("speech:ttsai:textToSpeech?voic=af_bella");
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getUnknown()).containsExactly("voic");
        // suggestions ("did you mean voice?") need a SuggestionStrategy set on the catalog; tools set their own
        assertThat(result.summaryErrorMessage(false)).contains("voic", "Unknown option");
    }

    @Test
    void wrongTypeFails() {
        EndpointValidationResult number = catalog.validateEndpointProperties("speech:ttsai:textToSpeech?speed=fast");
        assertThat(number.isSuccess()).isFalse();
        assertThat(number.getInvalidNumber()).containsKey("speed");

        EndpointValidationResult bool = catalog.validateEndpointProperties("speech:ttsai:speechToText?diarize=maybe");
        assertThat(bool.isSuccess()).isFalse();
        assertThat(bool.getInvalidBoolean()).containsKey("diarize");

        EndpointValidationResult integer = catalog.validateEndpointProperties("speech:tencent:listModels?limit=many");
        assertThat(integer.isSuccess()).isFalse();
        assertThat(integer.getInvalidInteger()).containsKey("limit");

        EndpointValidationResult duration = catalog.validateEndpointProperties("speech:aimlapi:speechToText?jobTimeout=soon");
        assertThat(duration.isSuccess()).isFalse();
        assertThat(duration.getInvalidDuration()).containsKey("jobTimeout");
    }

    @Test
    void valueOutsideEnumFails() {
        EndpointValidationResult result = catalog.validateEndpointProperties("speech:ttsai:textToSpeech?plan=gold");
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getInvalidEnum()).containsKey("plan");
        assertThat(result.getEnumChoices("plan")).containsExactly("pro", "enterprise");
    }

    @Test
    void unknownProviderFails() {
        EndpointValidationResult result = catalog.validateEndpointProperties("speech:nosuch:textToSpeech");
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getInvalidEnum()).containsKey("provider");
    }

    @Test
    void unknownOperationFails() {
        EndpointValidationResult result = catalog.validateEndpointProperties("speech:ttsai:textToSpeach");
        assertThat(result.isSuccess()).isFalse();
        assertThat(result.getInvalidEnum()).containsKey("operation");
    }

    @Test
    void consumerOptionsOnAProducerAreReportedWhenAsked() {
        // validateEndpointProperties(uri, ignoreLenient, consumerOnly, producerOnly)
        EndpointValidationResult producer = catalog.validateEndpointProperties("speech:ttsai:textToSpeech?delay=5000",
                false, false, true);
        assertThat(producer.isSuccess()).isFalse();
        assertThat(producer.getNotProducerOnly()).contains("delay");
        EndpointValidationResult consumer = catalog.validateEndpointProperties("speech:tencent:jobs?delay=5000",
                false, true, false);
        assertThat(consumer.isSuccess()).as(consumer.summaryErrorMessage(true)).isTrue();
    }

    /**
     * What the catalog cannot know, documented here: these pass the catalog and are refused by the component when
     * the endpoint (or, for jobs in to(), the producer) is created (see ValidationTest and the providers' tests).
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "speech:replica:textToSpeech?voice=x",    // replica offers speechToSpeech and getJob only
            "speech:openai:textToSpeech?voice=alloy&denoise=true", // denoise is read by TTS.ai audioEnhance only
            "speech:ttsai:textToSpeech?voice=af_bella&speed=9", // TTS.ai speed range is 0.5 to 2.0
            "speech:ttsai:textToSpeech?voice=af_bella&format=xyz", // format is a free string in the catalog
            "speech:ttsai:jobs",                      // to("...:jobs"): jobs only consumes; no per-operation role
    })
    void whatOnlyTheComponentChecks(String uri) {
        EndpointValidationResult result = catalog.validateEndpointProperties(uri);
        assertThat(result.isSuccess()).as(uri + ": " + result.summaryErrorMessage(true)).isTrue();
    }
}
