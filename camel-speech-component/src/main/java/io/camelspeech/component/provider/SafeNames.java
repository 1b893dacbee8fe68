package io.camelspeech.component.provider;

import java.util.regex.Pattern;

import io.camelspeech.component.SpeechProviderException;

/**
 * Names that come from a provider's answer (job ids, generated file names) end up in headers routes use as file
 * names. One that could climb out of a folder is refused as a provider error instead of passed on.
 */
public final class SafeNames {

    private static final Pattern UNSAFE = Pattern.compile("(^|[/\\\\])\\.\\.([/\\\\]|$)|[\\x00-\\x1f]|^[/\\\\]|^[A-Za-z]:");

    private SafeNames() {
    }

    /** A single name: no separators at all. */
    public static String fileName(String provider, String what, String name) {
        if (name != null && (name.contains("/") || name.contains("\\") || UNSAFE.matcher(name).find())) {
            throw unsafe(provider, what, name);
        }
        return name;
    }

    /** A relative path inside a destination (e.g. Tencent's destination + voice name): no "..", not absolute. */
    public static String relativePath(String provider, String what, String path) {
        if (path != null && UNSAFE.matcher(path.startsWith("/") ? path.substring(1) : path).find()) {
            throw unsafe(provider, what, path);
        }
        return path;
    }

    private static SpeechProviderException unsafe(String provider, String what, String name) {
        return SpeechProviderException.builder(provider, 200).errorCode("unsafe_name")
                .message("the provider returned a " + what + " that could leave its folder: " + name.replaceAll("[\\x00-\\x1f]", "?"))
                .retryable(false).build();
    }
}
