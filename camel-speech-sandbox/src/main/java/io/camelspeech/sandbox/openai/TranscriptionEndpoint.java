package io.camelspeech.sandbox.openai;

import io.camelspeech.sandbox.spi.HeardSpeech;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ReceivedFile;
import io.camelspeech.sandbox.spi.RequestPayload;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code POST /audio/transcriptions} and {@code POST /audio/translations} (multipart): what the sandbox hears in the
 * upload, as json, verbose_json, text, srt or vtt.
 */
final class TranscriptionEndpoint {

    /** Which of the two endpoints, and the {@code task} verbose_json reports. */
    enum Task {
        TRANSCRIBE("transcribe"), TRANSLATE("translate");

        private final String label;

        Task(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** The timestamp granularities of verbose_json. */
    enum Granularity { SEGMENT, WORD }

    private static final String FILE = "file";
    private static final String MODEL = "model";
    private static final String LANGUAGE = "language";
    private static final String RESPONSE_FORMAT = "response_format";
    private static final String TEMPERATURE = "temperature";
    private static final Pattern ISO_639_1 = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern GRANULARITY_SEPARATORS = Pattern.compile("[\\s,\\[\\]\"]+");

    private final Task task;
    private final long maxUploadOverride;

    TranscriptionEndpoint(Task task, long maxUploadOverride) {
        this.task = task;
        this.maxUploadOverride = maxUploadOverride;
    }

    void handle(ProviderExchange exchange) throws IOException {
        RequestPayload payload = exchange.payload();
        String contentType = payload.contentType() == null ? "" : payload.contentType().toLowerCase(Locale.ROOT);
        if (!contentType.startsWith("multipart/form-data") || payload.problem().isPresent()) {
            throw OpenAiException.unreadableBody("Could not parse multipart form: send the audio as"
                    + " multipart/form-data with a file part named 'file'.");
        }
        ReceivedFile file = file(payload);
        required(payload, MODEL);
        String language = task == Task.TRANSCRIBE ? language(payload) : OpenAiAssumptions.DEFAULT_LANGUAGE;
        String format = responseFormat(payload);
        double temperature = temperature(payload);
        Set<Granularity> granularities = task == Task.TRANSCRIBE ? granularities(payload, format)
                : EnumSet.of(Granularity.SEGMENT);
        HeardSpeech heard = HeardSpeech.of(file, OpenAiAssumptions.COMPRESSED_AUDIO_BITS_PER_SECOND);
        TranscriptRenderer transcript = new TranscriptRenderer(heard, temperature);
        switch (format) {
            case "json" -> exchange.respondJson(200, transcript.json());
            case "verbose_json" -> exchange.respondJson(200, transcript.verboseJson(task.label(), language,
                    granularities.contains(Granularity.SEGMENT), granularities.contains(Granularity.WORD)));
            case "text" -> text(exchange, transcript.text());
            case "srt" -> text(exchange, transcript.srt());
            case "vtt" -> text(exchange, transcript.vtt());
            default -> throw new IllegalStateException("unchecked response_format " + format);
        }
    }

    private static void text(ProviderExchange exchange, String body) throws IOException {
        exchange.respondBytes(200, OpenAiAssumptions.TEXT_CONTENT_TYPE,
                body.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code file} part: present as a file, not empty, within the size limit, audio by its bytes. */
    private ReceivedFile file(RequestPayload payload) {
        ReceivedFile file = payload.files().get(FILE);
        if (file == null) {
            if (payload.formFields().containsKey(FILE)) {
                throw OpenAiException.invalidType(FILE, "a file upload (a part with a filename)", "a string");
            }
            throw OpenAiException.missing(FILE);
        }
        long limit = maxUploadOverride > 0 ? maxUploadOverride : OpenAiAssumptions.MAX_UPLOAD_BYTES;
        if (file.size() > limit) {
            throw OpenAiException.tooLarge(FILE, limit, file.size());
        }
        if (file.size() == 0 || !OpenAiAssumptions.ACCEPTED_UPLOAD_FORMATS.contains(file.format())) {
            throw OpenAiException.invalid(FILE, "invalid_value", "Invalid file format. Supported formats: "
                    + OpenAiAssumptions.DOCUMENTED_UPLOAD_FORMATS.stream().map(f -> "'" + f + "'").toList());
        }
        return file;
    }

    private static String required(RequestPayload payload, String name) {
        return optional(payload, name).orElseThrow(() -> OpenAiException.missing(name));
    }

    private static Optional<String> optional(RequestPayload payload, String name) {
        if (payload.files().containsKey(name)) {
            throw OpenAiException.invalidType(name, "a string", "a file");
        }
        String value = payload.formFields().get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /** ISO-639-1, reported by name in verbose_json. */
    private static String language(RequestPayload payload) {
        Optional<String> code = optional(payload, LANGUAGE);
        if (code.isEmpty()) {
            return OpenAiAssumptions.DEFAULT_LANGUAGE;
        }
        if (!ISO_639_1.matcher(code.get()).matches()) {
            throw OpenAiException.invalid(LANGUAGE, "invalid_value", "Invalid language '" + code.get()
                    + "'. Language parameter must be specified in ISO-639-1 format.");
        }
        String lower = code.get().toLowerCase(Locale.ROOT);
        return OpenAiAssumptions.LANGUAGE_NAMES.getOrDefault(lower, lower);
    }

    private static String responseFormat(RequestPayload payload) {
        String format = optional(payload, RESPONSE_FORMAT).orElse(OpenAiAssumptions.DEFAULT_TRANSCRIPT_FORMAT);
        if (!OpenAiAssumptions.TRANSCRIPT_FORMATS.contains(format)) {
            throw OpenAiException.invalidValue(RESPONSE_FORMAT, format,
                    SpeechEndpoint.quoted(OpenAiAssumptions.TRANSCRIPT_FORMATS.toArray(String[]::new)));
        }
        return format;
    }

    private static double temperature(RequestPayload payload) {
        Optional<String> text = optional(payload, TEMPERATURE);
        if (text.isEmpty()) {
            return OpenAiAssumptions.MIN_TEMPERATURE;
        }
        double value;
        try {
            value = new BigDecimal(text.get()).doubleValue();
        } catch (NumberFormatException e) {
            throw OpenAiException.invalidType(TEMPERATURE, "a decimal", "'" + text.get() + "'");
        }
        if (value < OpenAiAssumptions.MIN_TEMPERATURE) {
            throw OpenAiException.belowMinimum(TEMPERATURE, OpenAiAssumptions.MIN_TEMPERATURE, text.get());
        }
        if (value > OpenAiAssumptions.MAX_TEMPERATURE) {
            throw OpenAiException.aboveMaximum(TEMPERATURE, OpenAiAssumptions.MAX_TEMPERATURE, text.get());
        }
        return value;
    }

    /**
     * The requested granularities: none sent means segments; only with verbose_json. A field sent two or more
     * times counts as both, since the form reader keeps only its first value.
     */
    private static Set<Granularity> granularities(RequestPayload payload, String format) {
        int sent = 0;
        String first = null;
        for (String field : OpenAiAssumptions.GRANULARITY_FIELDS) {
            int times = (int) payload.partOrder().stream().filter(field::equals).count();
            if (times > 0 && first == null) {
                first = payload.formFields().get(field);
            }
            sent += times;
        }
        if (sent == 0) {
            return EnumSet.of(Granularity.SEGMENT);
        }
        if (!format.equals("verbose_json")) {
            throw OpenAiException.invalid(OpenAiAssumptions.GRANULARITIES_PARAM, "invalid_value",
                    "timestamp_granularities is only supported with response_format 'verbose_json', not '" + format
                            + "'.");
        }
        EnumSet<Granularity> requested = EnumSet.noneOf(Granularity.class);
        for (String value : GRANULARITY_SEPARATORS.split(first == null ? "" : first.trim())) {
            if (value.isEmpty()) {
                continue;
            }
            switch (value) {
                case OpenAiAssumptions.WORD -> requested.add(Granularity.WORD);
                case OpenAiAssumptions.SEGMENT -> requested.add(Granularity.SEGMENT);
                default -> throw OpenAiException.invalidValue(OpenAiAssumptions.GRANULARITIES_PARAM, value,
                        SpeechEndpoint.quoted(OpenAiAssumptions.WORD, OpenAiAssumptions.SEGMENT));
            }
        }
        if (sent > 1) {
            // the form reader lost the repeated field's later values: with two kinds only, that means both
            requested.add(Granularity.WORD);
            requested.add(Granularity.SEGMENT);
        } else if (requested.isEmpty()) {
            requested.add(Granularity.SEGMENT);
        }
        return requested;
    }
}
