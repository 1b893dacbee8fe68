package io.camelspeech.component.provider;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.camelspeech.component.input.AudioFormat;

/**
 * A provider operation that is one HTTP call, described the way the provider's page describes it: method and path,
 * what the body carries, the parameters, the limits of uploaded audio, and what comes back.
 */
public final class HttpOperation {

    /** What the message body is for this operation. */
    public enum Input {
        /** nothing is read from the body (GET listings) */
        NONE,
        /** the body is the text, sent as a JSON field */
        TEXT,
        /** the body is audio, sent as a multipart file part */
        AUDIO,
        /** text goes as JSON, audio as multipart: the body decides */
        AUDIO_OR_TEXT,
        /**
         * text and a reference audio: with the text option/header set the body is the audio; else the body is the
         * text and the audio comes from the referenceAudio option/header
         */
        TEXT_AND_REFERENCE_AUDIO
    }

    private final String method;
    private final String path;
    private Input input = Input.NONE;
    private String textField;
    private String audioPart;
    private Set<AudioFormat> acceptedFormats = EnumSet.allOf(AudioFormat.class);
    private long maxAudioBytes = Long.MAX_VALUE;
    private final List<Param> params = new ArrayList<>();
    private Class<?> jsonResult;
    private java.util.function.Function<com.fasterxml.jackson.databind.JsonNode, ?> jsonReader;

    private HttpOperation(String method, String path) {
        this.method = method;
        this.path = path;
    }

    public static HttpOperation post(String path) {
        return new HttpOperation("POST", path);
    }

    public static HttpOperation get(String path) {
        return new HttpOperation("GET", path);
    }

    public HttpOperation text(String field) {
        this.input = Input.TEXT;
        this.textField = field;
        return this;
    }

    public HttpOperation audio(String part, long maxBytes, AudioFormat... accepted) {
        this.input = Input.AUDIO;
        this.audioPart = part;
        this.maxAudioBytes = maxBytes;
        if (accepted.length > 0) {
            this.acceptedFormats = EnumSet.of(accepted[0], accepted);
        }
        return this;
    }

    public HttpOperation audioOrText(String part, String field) {
        this.input = Input.AUDIO_OR_TEXT;
        this.audioPart = part;
        this.textField = field;
        return this;
    }

    public HttpOperation textWithReferenceAudio(String field, String part, long maxBytes) {
        this.input = Input.TEXT_AND_REFERENCE_AUDIO;
        this.textField = field;
        this.audioPart = part;
        this.maxAudioBytes = maxBytes;
        return this;
    }

    public HttpOperation params(Param... added) {
        Collections.addAll(params, added);
        return this;
    }

    /** The answer is JSON of this type (otherwise audio is expected). */
    public HttpOperation returns(Class<?> type) {
        this.jsonResult = type;
        return this;
    }

    /** The answer is JSON read into {@code type} by {@code reader}: for a shape that does not map field by field. */
    public <T> HttpOperation returns(Class<T> type, java.util.function.Function<com.fasterxml.jackson.databind.JsonNode, T> reader) {
        this.jsonResult = type;
        this.jsonReader = reader;
        return this;
    }

    /** How the JSON answer becomes the result; null: by its field names. */
    public java.util.function.Function<com.fasterxml.jackson.databind.JsonNode, ?> jsonReader() {
        return jsonReader;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }

    public Input input() {
        return input;
    }

    public String textField() {
        return textField;
    }

    public String audioPart() {
        return audioPart;
    }

    public Set<AudioFormat> acceptedFormats() {
        return acceptedFormats;
    }

    public long maxAudioBytes() {
        return maxAudioBytes;
    }

    public List<Param> params() {
        return params;
    }

    public Class<?> jsonResult() {
        return jsonResult;
    }

    /** Every option this operation reads: its request fields, and what its input implies (text, file name...). */
    public List<Param> allParams() {
        List<Param> all = new ArrayList<>(params);
        if (input == Input.TEXT_AND_REFERENCE_AUDIO) {
            all.add(CommonParams.TEXT);
            all.add(CommonParams.REFERENCE_AUDIO);
        }
        if (input == Input.AUDIO || input == Input.AUDIO_OR_TEXT || input == Input.TEXT_AND_REFERENCE_AUDIO) {
            all.add(CommonParams.FILE_NAME);
        }
        return List.copyOf(all);
    }
}
