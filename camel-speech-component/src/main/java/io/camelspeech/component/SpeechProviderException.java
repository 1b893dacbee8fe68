package io.camelspeech.component;

import org.apache.camel.RuntimeCamelException;

/**
 * A provider answered with an error (or could not be reached). Carries the provider's own error code and message,
 * so routes can branch on {@code insufficient_credits} or {@code rate_limited} without parsing text.
 */
public class SpeechProviderException extends RuntimeCamelException {

    private final String provider;
    private final int statusCode;
    private final String errorCode;
    private final String providerMessage;
    private final Long creditsRequired;
    private final Long creditsAvailable;
    private final boolean retryable;
    private final String responseBody;

    private SpeechProviderException(Builder builder, Throwable cause) {
        super(builder.describe(), cause);
        this.provider = builder.provider;
        this.statusCode = builder.statusCode;
        this.errorCode = builder.errorCode;
        this.providerMessage = builder.providerMessage;
        this.creditsRequired = builder.creditsRequired;
        this.creditsAvailable = builder.creditsAvailable;
        this.retryable = builder.retryable;
        this.responseBody = builder.responseBody;
    }

    public static Builder builder(String provider, int statusCode) {
        return new Builder(provider, statusCode);
    }

    public String getProvider() {
        return provider;
    }

    /** The HTTP status, or 0 when no response arrived (connection failure). */
    public int getStatusCode() {
        return statusCode;
    }

    /** The provider's error code, e.g. {@code insufficient_credits}; {@code null} when the provider gave none. */
    public String getErrorCode() {
        return errorCode;
    }

    public String getProviderMessage() {
        return providerMessage;
    }

    public Long getCreditsRequired() {
        return creditsRequired;
    }

    public Long getCreditsAvailable() {
        return creditsAvailable;
    }

    /** Whether sending the same request again later may succeed (429, 503, 5xx, connection failures). */
    public boolean isRetryable() {
        return retryable;
    }

    /** The provider's error body as received (secrets are never part of a provider's answer). */
    public String getResponseBody() {
        return responseBody;
    }

    public static final class Builder {
        private final String provider;
        private final int statusCode;
        private String errorCode;
        private String providerMessage;
        private Long creditsRequired;
        private Long creditsAvailable;
        private boolean retryable;
        private String responseBody;
        private String context;

        private Builder(String provider, int statusCode) {
            this.provider = provider;
            this.statusCode = statusCode;
            this.retryable = isRetryableStatus(statusCode);
        }

        public Builder errorCode(String errorCode) {
            this.errorCode = errorCode;
            return this;
        }

        /** The provider's error code read so far, if any. */
        public String errorCode() {
            return errorCode;
        }

        public Builder message(String message) {
            this.providerMessage = message;
            return this;
        }

        public Builder credits(Long required, Long available) {
            this.creditsRequired = required;
            this.creditsAvailable = available;
            return this;
        }

        public Builder retryable(boolean retryable) {
            this.retryable = retryable;
            return this;
        }

        /** Whether sending again may succeed: the status decides unless the provider's error code said otherwise. */
        public boolean isRetryable() {
            return retryable;
        }

        public Builder responseBody(String responseBody) {
            this.responseBody = responseBody;
            return this;
        }

        /** What was being done, e.g. "POST /tts/ after 3 attempts". */
        public Builder context(String context) {
            this.context = context;
            return this;
        }

        public SpeechProviderException build() {
            return new SpeechProviderException(this, null);
        }

        public SpeechProviderException build(Throwable cause) {
            return new SpeechProviderException(this, cause);
        }

        private String describe() {
            StringBuilder text = new StringBuilder(provider).append(" answered ");
            text.append(statusCode == 0 ? "nothing (connection failed)" : "HTTP " + statusCode);
            if (errorCode != null) {
                text.append(' ').append(errorCode);
            }
            if (providerMessage != null) {
                text.append(": ").append(providerMessage);
            }
            if (creditsRequired != null || creditsAvailable != null) {
                text.append(" (credits required ").append(creditsRequired).append(", available ").append(creditsAvailable)
                        .append(')');
            }
            if (context != null) {
                text.append(" [").append(context).append(']');
            }
            return text.toString();
        }
    }

    public static boolean isRetryableStatus(int status) {
        return status == 429 || status >= 500;
    }
}
