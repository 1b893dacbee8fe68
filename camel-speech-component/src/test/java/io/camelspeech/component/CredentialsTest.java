package io.camelspeech.component;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Credentials: the endpoint option, else the component's credentials map, else the environment. */
class CredentialsTest extends SandboxTestSupport {

    @Test
    void credentialsOnTheComponentKeepKeysOutOfUrisAndAnEndpointOptionWins() {
        SpeechComponent component = context.getComponent("speech", SpeechComponent.class);
        component.getCredentials().put("ttsai.apiKey", "sandbox-key");
        try {
            String noKey = "speech:ttsai:listModels?baseUrl=" + sandbox.providerBaseUrl("ttsai");
            template.requestBody(noKey, null, String.class);
            assertThat(sandbox.wire().last().header("Authorization")).isEqualTo("Bearer sandbox-key");

            Throwable wrong = org.assertj.core.api.Assertions.catchThrowable(() -> template.requestBody(
                    noKey + "&apiKey=RAW(not-the-key)", null, String.class));
            assertThat(wrong).hasRootCauseInstanceOf(SpeechProviderException.class);
            assertThat(sandbox.wire().last().header("Authorization")).isEqualTo("Bearer not-the-key");
        } finally {
            component.getCredentials().clear();
        }
    }
}
