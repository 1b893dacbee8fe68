package io.camelspeech.sandbox.replica;

import io.camelspeech.sandbox.spi.ProviderError;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ReceivedFile;
import io.camelspeech.sandbox.spi.RequestPayload;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /replica-uploads}: the S3 bucket a presigned POST targets. The body has already streamed through;
 * what is checked is what S3 checks — every presigned field before the file with its presigned value, nothing extra,
 * the file (part {@code file}) last, its size within the policy — plus the documented formats. 204 on success.
 */
final class PresignedPostUpload {

    private static final String FILE_PART = "file";
    private static final String KEY = "key";

    private final StsJobs jobs;
    private final PresignedPost presigner;

    PresignedPostUpload(StsJobs jobs, PresignedPost presigner) {
        this.jobs = jobs;
        this.presigner = presigner;
    }

    void handle(ProviderExchange exchange) throws IOException {
        RequestPayload payload = exchange.payload();
        String contentType = payload.contentType() == null ? "" : payload.contentType().toLowerCase(Locale.ROOT);
        if (payload.problem().isPresent() || !contentType.startsWith("multipart/form-data")) {
            throw ReplicaException.storage(400, "MalformedPOSTRequest",
                    "The body of your POST request is not well-formed multipart/form-data.");
        }
        int filePosition = filePosition(payload);
        List<String> before = payload.partOrder().subList(0, filePosition);
        List<String> after = payload.partOrder().subList(filePosition + 1, payload.partOrder().size());
        StsJob job = jobFor(payload, before);
        checkFields(payload, before, presigner.fields(job.uuid(), job.createdAtMillis()));
        if (!after.isEmpty()) {
            throw ReplicaException.storage(400, "InvalidArgument", "The file must be the last field of the form; "
                    + "S3 ignores what follows it, and '" + after.get(0) + "' came after it.");
        }
        if (System.currentTimeMillis() > job.createdAtMillis() + ReplicaAssumptions.PRESIGNED_POST_VALIDITY.toMillis()) {
            throw ReplicaException.storage(403, "AccessDenied", "Invalid according to Policy: Policy expired.");
        }
        ReceivedFile file = payload.files().get(FILE_PART);
        checkSize(file);
        if (!ReplicaAssumptions.ACCEPTED_FORMATS.contains(file.format())) {
            throw ReplicaException.storage(400, "InvalidArgument", "Replica accepts WAV, MP3 and OGG source audio; "
                    + "the uploaded file is " + file.format() + ".");
        }
        job.upload(SourceAudio.of(file));
        exchange.respond(204, "text/plain", 0, out -> { });
    }

    // exactly one file part, named file: S3 takes the first file part as the object, whatever its name
    private static int filePosition(RequestPayload payload) {
        List<String> order = payload.partOrder();
        int position = order.indexOf(FILE_PART);
        boolean single = position >= 0 && position == order.lastIndexOf(FILE_PART);
        if (!single || !payload.files().containsKey(FILE_PART) || payload.files().size() != 1) {
            throw ReplicaException.storage(400, "InvalidArgument", "POST requires exactly one file upload per request, "
                    + "in a part named 'file'.");
        }
        return position;
    }

    private StsJob jobFor(RequestPayload payload, List<String> before) {
        if (!before.contains(KEY)) {
            throw missingField(KEY);
        }
        String key = payload.formFields().get(KEY);
        return PresignedPost.uuidOf(key).flatMap(jobs::find).orElseThrow(() -> ReplicaException.storage(403,
                "AccessDenied", "Invalid according to Policy: no upload was presigned for key '" + key + "'."));
    }

    private static void checkFields(RequestPayload payload, List<String> before, Map<String, String> expected) {
        for (Map.Entry<String, String> field : expected.entrySet()) {
            String name = field.getKey();
            if (!before.contains(name)) {
                throw missingField(name);
            }
            String sent = payload.formFields().get(name);
            if (!field.getValue().equals(sent)) {
                throw wrongValue(name, field.getValue());
            }
        }
        List<String> extra = new ArrayList<>();
        before.stream().filter(name -> !expected.containsKey(name)).distinct().forEach(extra::add);
        if (!extra.isEmpty()) {
            throw ReplicaException.storage(403, "AccessDenied", "Invalid according to Policy: Extra input fields: "
                    + String.join(", ", extra));
        }
    }

    private void checkSize(ReceivedFile file) {
        if (file.size() == 0) {
            throw ReplicaException.storage(ProviderError.of(400, "EntityTooSmall",
                    "Your proposed upload is smaller than the minimum allowed size").withDetail("ProposedSize", 0));
        }
        if (file.size() > presigner.maxBytes()) {
            throw ReplicaException.storage(ProviderError.of(400, "EntityTooLarge",
                            "Your proposed upload exceeds the maximum allowed size")
                    .withDetail("ProposedSize", file.size())
                    .withDetail("MaxSizeAllowed", presigner.maxBytes()));
        }
    }

    // S3's own wording: a field sent after the file is as good as missing
    private static ReplicaException missingField(String name) {
        return ReplicaException.storage(400, "InvalidArgument", "Bucket POST must contain a field named '" + name
                + "'.  If it is specified, please check the order of the fields.");
    }

    private static ReplicaException wrongValue(String name, String expected) {
        if (name.equals(PresignedPost.POLICY) || name.equals(PresignedPost.SIGNATURE)) {
            return ReplicaException.storage(403, "SignatureDoesNotMatch", "The request signature we calculated does "
                    + "not match the signature you provided. Check your key and signing method.");
        }
        return ReplicaException.storage(403, "AccessDenied", "Invalid according to Policy: Policy Condition failed: "
                + "[\"eq\", \"$" + name + "\", \"" + expected + "\"]");
    }
}
