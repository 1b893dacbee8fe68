package io.camelspeech.component.provider;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.component.SpeechConstants;
import io.camelspeech.component.SpeechValidationException;
import io.camelspeech.component.input.AudioInput;
import io.camelspeech.component.input.SpeechInputs;
import io.camelspeech.component.input.TempFiles;
import io.camelspeech.component.model.ResultHeaders;
import io.camelspeech.component.model.SpeechJson;
import io.camelspeech.component.job.JobState;
import io.camelspeech.component.job.SpeechJob;
import io.camelspeech.component.model.TaskAccepted;
import io.camelspeech.component.transport.MultipartForm;
import io.camelspeech.component.transport.ProviderRequest;
import io.camelspeech.component.transport.ProviderResponse;
import io.camelspeech.component.transport.ResponseReader;
import io.camelspeech.component.transport.ResponseReaders;
import org.apache.camel.Exchange;
import org.apache.camel.StreamCache;

/**
 * Runs one row of an {@link HttpOperation} table: the message becomes the validated request the row describes (JSON,
 * multipart or query), and the answer (audio, text or JSON) the result.
 */
final class HttpOperationRunner {

    private final ProviderSupport provider;

    HttpOperationRunner(ProviderSupport provider) {
        this.provider = provider;
    }

    CompletableFuture<SpeechResult> run(SpeechCall call, HttpOperation operation) {
        ProviderRequest request = buildRequest(call, operation);
        provider.authorize(request, call);
        ResponseReader<Object> reader = audioOrJson(call.exchange(), call.spoolThreshold());
        return call.transport().send(request, reader, call.policy())
                .thenApply(response -> toResult(call, operation, request, response))
                .thenCompose(result -> recordAcceptedTask(call, result));
    }

    /**
     * A task the provider will call back about is recorded (durably, before the route continues), so the jobs
     * consumer can emit its completion. These are single calls without write-ahead: TTS.ai offers no way to find a
     * task again, so a crash during the call loses its answer and sending the input again pays again.
     */
    private CompletableFuture<SpeechResult> recordAcceptedTask(SpeechCall call, SpeechResult result) {
        JobTracking tracking = call.tracking();
        boolean ourWebhook = tracking != null && tracking.token() != null && call.options().get("callbackUrl") == null;
        if (ourWebhook && result.body() instanceof TaskAccepted task) {
            result.header(SpeechConstants.JOB_REFERENCE, tracking.reference());
            SpeechJob accepted = SpeechJob.submitted(provider.id(), task.taskId())
                    .update(JobState.RUNNING, task.status(), null, null, null);
            return provider.recordJob(call, accepted).thenApply(durable -> result);
        }
        return CompletableFuture.completedFuture(result);
    }

    /** The webhook URL to send: the option or header when set, else the component's callback URL (callbacks on). */
    private static Object webhookUrl(SpeechCall call) {
        Object given = call.options().get("callbackUrl");
        if (given != null || call.tracking() == null) {
            return given;
        }
        return call.tracking().callbackUrl();
    }

    private ProviderRequest buildRequest(SpeechCall call, HttpOperation operation) {
        Exchange exchange = call.exchange();
        Object body = exchange.getMessage().getBody();
        URI uri = URI.create(call.baseUrl() + "/" + operation.path());
        Map<String, Object> fields = Params.wireFields(operation.params(), call.options());
        boolean takesWebhook = operation.params().stream().anyMatch(p -> p.option().equals("callbackUrl"));
        if (takesWebhook && webhookUrl(call) != null) {
            fields.put("webhook_url", webhookUrl(call));
        }
        switch (operation.input()) {
            case NONE:
                return ProviderRequest.get(withQuery(uri, fields));
            case TEXT:
                return jsonRequest(uri, withText(fields, operation.textField(), RequestSupport.text(call, body, "message body")));
            case AUDIO:
                return multipartRequest(uri, fields, operation.audioPart(), audio(call, operation, body));
            case AUDIO_OR_TEXT:
                if (SpeechInputs.isText(body)) {
                    return jsonRequest(uri, withText(fields, operation.textField(), RequestSupport.text(call, body, "message body")));
                }
                return multipartRequest(uri, fields, operation.audioPart(), audio(call, operation, body));
            case TEXT_AND_REFERENCE_AUDIO:
                return textWithReferenceAudio(call, operation, uri, fields, body);
            default:
                throw new IllegalStateException("Unhandled input " + operation.input());
        }
    }

    private ProviderRequest textWithReferenceAudio(
            SpeechCall call, HttpOperation operation, URI uri, Map<String, Object> fields, Object body) {
        Object textOption = CommonParams.TEXT.in(call.options());
        String text;
        AudioInput reference;
        if (textOption != null) {
            text = RequestSupport.checkLength(call, String.valueOf(textOption), call.options().source(CommonParams.TEXT.option()));
            reference = audio(call, operation, body);
        } else {
            text = RequestSupport.text(call, body, "message body");
            Object referenceAudio = CommonParams.REFERENCE_AUDIO.in(call.options());
            if (referenceAudio == null) {
                throw new SpeechValidationException("referenceAudio", call.describe()
                        + " needs a reference voice: set the option 'referenceAudio' (or header "
                        + SpeechConstants.REFERENCE_AUDIO + "), or send the audio as body with the text in "
                        + SpeechConstants.TEXT);
            }
            Object source = referenceAudio instanceof String path ? java.nio.file.Path.of(path) : referenceAudio;
            reference = RequestSupport.audio(call, source, call.options().source(CommonParams.REFERENCE_AUDIO.option()),
                    operation.maxAudioBytes(), operation.acceptedFormats());
        }
        return multipartRequest(uri, withText(fields, operation.textField(), text), operation.audioPart(), reference);
    }

    private static AudioInput audio(SpeechCall call, HttpOperation operation, Object body) {
        return RequestSupport.audio(call, body, "message body", operation.maxAudioBytes(), operation.acceptedFormats());
    }

    private static Map<String, Object> withText(Map<String, Object> fields, String field, String text) {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put(field, text);
        all.putAll(fields);
        return all;
    }

    private static ProviderRequest jsonRequest(URI uri, Map<String, Object> fields) {
        ObjectNode json = SpeechJson.MAPPER.createObjectNode();
        fields.forEach((name, value) -> json.set(name, SpeechJson.MAPPER.valueToTree(value)));
        byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
        return ProviderRequest.post(uri, "application/json", () -> HttpRequest.BodyPublishers.ofByteArray(bytes));
    }

    private static ProviderRequest multipartRequest(URI uri, Map<String, Object> fields, String part, AudioInput audio) {
        MultipartForm form = new MultipartForm();
        fields.forEach(form::field);
        form.file(part, audio);
        return ProviderRequest.post(uri, form.contentType(), form.publisher());
    }

    private static URI withQuery(URI uri, Map<String, Object> fields) {
        if (fields.isEmpty()) {
            return uri;
        }
        StringJoiner query = new StringJoiner("&", "?", "");
        fields.forEach((name, value) -> query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8)));
        return URI.create(uri + query.toString());
    }

    /** Audio answers become a stream cache; JSON answers (results, errors in disguise, accepted tasks) stay bytes. */
    private static ResponseReader<Object> audioOrJson(Exchange exchange, long spoolThreshold) {
        ResponseReader<StreamCache> audio
                = ResponseReaders.streamCache(spoolThreshold, () -> TempFiles.create(exchange, ".result").toFile());
        ResponseReader<byte[]> json = ResponseReaders.bytes();
        return info -> {
            String type = info.headers().firstValue("Content-Type").orElse("");
            if (type.contains("json")) {
                return java.net.http.HttpResponse.BodySubscribers.mapping(json.subscriber(info), JsonAnswer::new);
            }
            if (type.startsWith("text/")) {
                return java.net.http.HttpResponse.BodySubscribers.mapping(json.subscriber(info),
                        bytes -> new TextAnswer(new String(bytes, charsetOf(type))));
            }
            return java.net.http.HttpResponse.BodySubscribers.mapping(audio.subscriber(info), bytes -> bytes);
        };
    }

    private SpeechResult toResult(
            SpeechCall call, HttpOperation operation, ProviderRequest request, ProviderResponse<Object> response) {
        SpeechResult result;
        if (response.body() instanceof JsonAnswer answer) {
            JsonNode json = provider.parse(answer.bytes(), request);
            Class<?> type = response.status() == 202 || operation.jsonResult() == null && json.has("task_id")
                    ? TaskAccepted.class : operation.jsonResult();
            if (type == null) {
                throw provider.malformed(request, "JSON where audio was expected", answer.bytes());
            }
            Object body;
            try {
                body = type != TaskAccepted.class && operation.jsonReader() != null ? operation.jsonReader().apply(json)
                        : SpeechJson.read(json, type);
            } catch (JsonProcessingException e) {
                throw provider.malformed(request, "JSON not shaped as documented: " + e.getOriginalMessage(), answer.bytes());
            }
            result = new SpeechResult(body).header(SpeechConstants.RAW_RESPONSE, json.toString());
            if (body instanceof ResultHeaders withHeaders) {
                withHeaders.resultHeaders().forEach(result::header);
            }
        } else if (response.body() instanceof TextAnswer text) {
            // text, subtitles: the body is the text itself
            String contentType = response.header("Content-Type");
            result = new SpeechResult(text.text())
                    .header(SpeechConstants.CONTENT_TYPE, contentType)
                    .header(Exchange.CONTENT_TYPE, contentType);
        } else {
            String contentType = response.header("Content-Type");
            result = new SpeechResult(response.body())
                    .header(SpeechConstants.CONTENT_TYPE, contentType)
                    .header(Exchange.CONTENT_TYPE, contentType);
        }
        provider.readResponseHeaders(response, result);
        result.header(SpeechConstants.PROVIDER, provider.id());
        result.header(SpeechConstants.ATTEMPTS, response.attempts());
        return result;
    }

    private record JsonAnswer(byte[] bytes) {
    }

    private record TextAnswer(String text) {
    }

    private static java.nio.charset.Charset charsetOf(String contentType) {
        java.util.regex.Matcher charset = java.util.regex.Pattern.compile("charset=\"?([^;\"]+)", java.util.regex.Pattern.CASE_INSENSITIVE)
                .matcher(contentType);
        try {
            return charset.find() ? java.nio.charset.Charset.forName(charset.group(1).trim()) : StandardCharsets.UTF_8;
        } catch (IllegalArgumentException unknown) {
            return StandardCharsets.UTF_8;
        }
    }
}
