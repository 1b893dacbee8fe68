package io.camelspeech.component.model;

/** A typed result that is JSON when written out: a file, an S3 object or an HTTP answer gets its JSON text. */
public interface SpeechJsonBody {
}
