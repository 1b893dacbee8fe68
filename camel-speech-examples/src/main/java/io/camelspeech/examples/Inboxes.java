package io.camelspeech.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.camel.component.file.FileComponent;

/**
 * The watched folders inbox/<useCase> and which files in them are inputs. The include patterns are declared here
 * only: the Java routes use them as they are, the YAML routes as the properties speech.inbox.<useCase>.include,
 * and the progress board counts with them the inputs waiting at start.
 */
final class Inboxes {

    /** Use case -> the file names its route picks up: Camel's include, a regex on the whole name in any case. */
    static final Map<String, String> INCLUDE = Map.of(
            "tts", ".*\\.txt",
            "stt", ".*\\.(wav|mp3|ogg|flac)",
            "sts", ".*\\.(wav|mp3|ogg)",
            "clone", ".*\\.(wav|mp3|ogg)",
            "subtitles", ".*\\.(wav|mp3|ogg|flac|m4a|webm)");

    private Inboxes() {
    }

    static String include(String useCase) {
        String include = INCLUDE.get(useCase);
        if (include == null) {
            throw new IllegalArgumentException("No inbox for the use case " + useCase);
        }
        return include;
    }

    /** The property the YAML routes take a use case's include pattern from. */
    static String includeProperty(String useCase) {
        return "speech.inbox." + useCase + ".include";
    }

    /**
     * The files the folder routes will pick up. Not what a killed run leaves behind: read-lock markers
     * (*.camelLock), temp files (.part, .tmp, dot names), the .camel/.done folders of move=, nor anything no route
     * watches; otherwise run-once mode waits for inputs that never come.
     */
    static int waitingInputs(Path root) throws IOException {
        int waiting = 0;
        for (Map.Entry<String, String> inbox : INCLUDE.entrySet()) {
            Path folder = root.resolve("inbox").resolve(inbox.getKey());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            // compiled as the file endpoint compiles its include
            Pattern include = Pattern.compile(inbox.getValue(), Pattern.CASE_INSENSITIVE);
            try (Stream<Path> files = Files.list(folder)) {
                waiting += (int) files.filter(file -> isInput(file, include)).count();
            }
        }
        return waiting;
    }

    /** The checks of the routes' file consumer, in its order. */
    private static boolean isInput(Path file, Pattern include) {
        String name = file.getFileName().toString();
        // Camel skips dot names: hidden files, temp files and the .camel/.done folders
        if (name.startsWith(".")) {
            return false;
        }
        // a read-lock marker is never consumed; a killed run's are deleted when the route starts
        if (name.endsWith(FileComponent.DEFAULT_LOCK_FILE_POSTFIX)) {
            return false;
        }
        // the consumer is not recursive: a folder is no input, nor is anything in it
        if (!Files.isRegularFile(file)) {
            return false;
        }
        // x.wav.part or x.txt.tmp ends in no input extension: the include leaves such temp files out
        if (!include.matcher(name).matches()) {
            return false;
        }
        // readLock=changed waits for at least one byte (readLockMinLength 1): an empty file is never taken
        return file.toFile().length() > 0;
    }
}
