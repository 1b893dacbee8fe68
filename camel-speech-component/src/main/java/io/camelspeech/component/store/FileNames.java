package io.camelspeech.component.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Turns references and provider names into file names and back. Usual ids (letters, digits, '-', '_', '.') stay as
 * they are, so a person finds a job's file by its reference; anything else, including a leading '.', is
 * percent-encoded, so a reference from a callback URL can never name a path outside the store.
 */
final class FileNames {

    /** Leaves room for the temporary-file prefix and suffix within the usual 255-byte limit. */
    static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    static boolean fits(String value) {
        return value != null && !value.isEmpty() && encodeUnchecked(value).length() <= MAX_LENGTH;
    }

    static String encode(String value) {
        if (!fits(value)) {
            throw new IllegalArgumentException("Cannot be used as a file name (empty or longer than " + MAX_LENGTH
                    + " characters once encoded): " + value);
        }
        return encodeUnchecked(value);
    }

    static String decode(String fileName) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < fileName.length(); i++) {
            char c = fileName.charAt(i);
            if (c == '%' && i + 2 < fileName.length()) {
                bytes.write(HexFormat.fromHexDigits(fileName, i + 1, i + 3));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String encodeUnchecked(String value) {
        StringBuilder name = new StringBuilder(value.length());
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (isPlain(c) || (c == '.' && !name.isEmpty())) {
                name.append(c);
            } else {
                name.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return name.toString();
    }

    private static boolean isPlain(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
