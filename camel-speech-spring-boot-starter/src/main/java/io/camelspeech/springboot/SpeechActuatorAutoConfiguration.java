package io.camelspeech.springboot;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * With Spring Boot's actuator on the class path: the speech component's credentials are masked in
 * {@code /actuator/configprops} and {@code /actuator/env} even when their values are shown (see
 * {@link SpeechCredentialsSanitizingFunction}).
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
public class SpeechActuatorAutoConfiguration {

    @Bean
    public SpeechCredentialsSanitizingFunction speechCredentialsSanitizingFunction() {
        return new SpeechCredentialsSanitizingFunction();
    }
}
