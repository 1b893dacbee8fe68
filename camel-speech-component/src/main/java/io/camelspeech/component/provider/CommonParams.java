package io.camelspeech.component.provider;

import java.util.List;

/**
 * Options that many operations read and that are not a provider's request field (no wire name): how a job is waited
 * for, where a getJob id comes from, the uploaded file's name, a text given beside audio. Their defaults are the
 * component's (set on the configuration, so a component-level value applies to every endpoint).
 */
public final class CommonParams {

    public static final Param WAIT = Param.of("wait", null);
    public static final Param POLL_INTERVAL = Param.of("pollInterval", null);
    public static final Param MAX_POLL_INTERVAL = Param.of("maxPollInterval", null);
    public static final Param JOB_TIMEOUT = Param.of("jobTimeout", null);
    public static final Param ON_UNKNOWN_SUBMISSION = Param.of("onUnknownSubmission", null).oneOf("fail", "resubmit");
    public static final Param JOB_ID = Param.of("jobId", null);
    public static final Param FILE_NAME = Param.of("fileName", null);
    public static final Param TEXT = Param.of("text", null);
    public static final Param REFERENCE_AUDIO = Param.of("referenceAudio", null);

    /** What every operation that submits a job reads beside its own parameters. */
    public static final List<Param> JOB = List.of(WAIT, POLL_INTERVAL, MAX_POLL_INTERVAL, JOB_TIMEOUT,
            ON_UNKNOWN_SUBMISSION);

    private CommonParams() {
    }
}
