package io.camelspeech.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the progress board counts as waiting: only the files the folder routes pick up. After a kill -9 the inboxes
 * also hold read-lock markers and temp files; counting those kept run-once mode from ever finishing.
 */
class InboxesTest {

    @TempDir
    Path work;

    @Test
    void countsOnlyTheFilesTheFolderRoutesPickUp() throws Exception {
        // the real inputs: one per route, and one in capitals (Camel's include ignores case)
        input("tts/welcome.txt");
        input("stt/hello.wav");
        input("stt/MEETING.OGG");
        input("stt/speech.flac");
        input("sts/meeting.ogg");
        input("clone/my-voice.wav");

        // what a killed run leaves behind: read-lock markers (with content, so only their names leave them out;
        // gone.ogg itself was already moved), temp files, hidden files, the folders of move= and Camel's default move
        input("stt/hello.wav.camelLock");
        input("clone/my-voice.wav.camelLock");
        input("sts/gone.ogg.camelLock");
        input("tts/pangram.txt.part");
        input("stt/weather.mp3.part");
        input("stt/upload.wav.tmp");
        input("stt/.hello.wav.swp");
        input("sts/.hidden.ogg");
        input("stt/.camel/earlier.wav");
        input("stt/.camel/earlier.wav.camelLock");
        input("tts/.done/earlier.txt");

        // not inputs either: another route's extension, a subfolder, an empty file, an inbox no route watches
        input("sts/voice.flac");
        input("tts/notes.md");
        input("stt/nested/deep.wav");
        empty("stt/still-empty.wav");
        input("unknown/other.wav");

        assertThat(Inboxes.waitingInputs(work)).isEqualTo(6);
    }

    @Test
    void noInboxesNoInputs() throws Exception {
        assertThat(Inboxes.waitingInputs(work)).isZero();
    }

    @Test
    void yamlRoutesTakeTheSharedIncludeAndDeleteOrphanLocks() throws Exception {
        String yaml;
        try (InputStream in = getClass().getResourceAsStream("/routes/yaml/folders.camel.yaml")) {
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = yaml.lines().map(String::strip).toList();
        for (String useCase : Inboxes.INCLUDE.keySet()) {
            assertThat(lines).contains("include: \"{{" + Inboxes.includeProperty(useCase) + "}}\"");
        }
        // no second, hand-kept pattern beside the shared ones
        assertThat(lines).filteredOn(line -> line.startsWith("include:")).hasSize(Inboxes.INCLUDE.size());
        assertThat(lines).filteredOn(line -> line.equals("readLockDeleteOrphanLockFiles: true"))
                .hasSize(Inboxes.INCLUDE.size());
    }

    private void input(String file) throws Exception {
        Path path = work.resolve("inbox").resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, "content of " + file);
    }

    private void empty(String file) throws Exception {
        Path path = work.resolve("inbox").resolve(file);
        Files.createDirectories(path.getParent());
        Files.createFile(path);
    }
}
