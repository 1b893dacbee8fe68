package io.camelspeech.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which keys the actuator endpoints mask, as configprops (Java names) and env (property names, variables) show them. */
class SpeechCredentialsSanitizingFunctionTest {

    @Test
    void credentialsAndKeysAreSecrets() {
        assertThat(SpeechCredentialsSanitizingFunction.isSecret("camel.component.speech.credentials[ttsai.apiKey]")).isTrue();
        assertThat(SpeechCredentialsSanitizingFunction.isSecret("camel.component.speech.credentials.tencent.secretKey")).isTrue();
        assertThat(SpeechCredentialsSanitizingFunction.isSecret("camel.component.speech.api-key")).isTrue();
        assertThat(SpeechCredentialsSanitizingFunction.isSecret("camel.component.speech.apiKey")).isTrue();
        assertThat(SpeechCredentialsSanitizingFunction.isSecret("camel.component.speech.secret-id")).isTrue();
        assertThat(SpeechCredentialsSanitizingFunction.isSecret("camel.component.speech.configuration.secretKey")).isTrue();
        assertThat(SpeechCredentialsSanitizingFunction.isSecret("CAMEL_COMPONENT_SPEECH_CREDENTIALS_TTSAI_APIKEY")).isTrue();
        assertThat(SpeechCredentialsSanitizingFunction.isSecret("SPEECH_TTSAI_API_KEY")).isTrue();
        assertThat(SpeechCredentialsSanitizingFunction.isSecret("SPEECH_TENCENT_SECRET_KEY")).isTrue();
    }

    @Test
    void otherOptionsAreNot() {
        assertThat(SpeechCredentialsSanitizingFunction.isSecret("camel.component.speech.base-url")).isFalse();
        assertThat(SpeechCredentialsSanitizingFunction.isSecret("camel.component.speech.job-store")).isFalse();
        assertThat(SpeechCredentialsSanitizingFunction.isSecret("camel.component.aws2-s3.secret-key")).isFalse();
        assertThat(SpeechCredentialsSanitizingFunction.isSecret("SPEECH_TTSAI_BASE_URL")).isFalse();
    }
}
