package io.camelspeech.springboot;

import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;
import org.springframework.stereotype.Component;

/**
 * Binds {@code #bean:name} (or {@code #name}) in {@code camel.component.speech.configuration} and
 * {@code camel.component.speech.http-client} to the bean of that name, as a generated starter's converter does.
 */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesBinding
@Component
public class SpeechComponentConverter implements GenericConverter {

    @Autowired
    private ApplicationContext applicationContext;

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        Set<ConvertiblePair> answer = new LinkedHashSet<>();
        answer.add(new ConvertiblePair(String.class, io.camelspeech.component.SpeechConfiguration.class));
        answer.add(new ConvertiblePair(String.class, java.net.http.HttpClient.class));
        return answer;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String ref = source.toString();
        if (!ref.startsWith("#")) {
            return null;
        }
        ref = ref.startsWith("#bean:") ? ref.substring(6) : ref.substring(1);
        switch (targetType.getName()) {
            case "io.camelspeech.component.SpeechConfiguration":
                return applicationContext.getBean(ref, io.camelspeech.component.SpeechConfiguration.class);
            case "java.net.http.HttpClient":
                return applicationContext.getBean(ref, java.net.http.HttpClient.class);
            default:
                return null;
        }
    }
}
