package io.camelspeech.benchmarks;

import java.net.URI;

/** A submitted Tencent job and the callback URL the component gave the provider for it. */
record PendingCallback(String jobId, URI callbackUrl) {

    /** What Tencent posts when the job is done (state 3, COMPLETED). */
    String completionPayload() {
        return "{\"id\":\"" + jobId + "\",\"state\":3}";
    }
}
