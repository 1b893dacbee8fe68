package io.camelspeech.component;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One vocabulary of operations for every provider, so a route swaps provider by changing one word of the URI.
 */
public enum SpeechOperation {
    textToSpeech,
    speechToText,
    speechToSpeech,
    voiceConversion,
    clonedSpeech,
    cloneVoice,
    speechTranslation,
    audioEnhance,
    audioSeparate,
    audioDereverb,
    audioAnalyze,
    audioConvert,
    voiceChat,
    listModels,
    listVoices,
    uploadFile,
    getJob,
    listJobs,
    /** consumer only: {@code from("speech:<provider>:jobs")} emits every finished job once */
    jobs;

    public static SpeechOperation fromUri(String name) {
        for (SpeechOperation operation : values()) {
            if (operation.name().equalsIgnoreCase(name)) {
                return operation;
            }
        }
        throw new SpeechValidationException("operation", "Unknown speech operation '" + name + "'; known operations: "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
}
