package io.camelspeech.sandbox.replica;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.spi.SandboxJson;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An S3 presigned POST for one job's source audio, as boto3's {@code generate_presigned_post} shapes it: the bucket
 * URL and the form fields to send before the file. The fields follow from the job alone (a policy signed with the
 * sandbox's secret), so the storage can recompute what it expects instead of keeping it.
 */
final class PresignedPost {

    static final String KEY_PREFIX = "sts/";
    static final String KEY_SUFFIX = "/source";
    static final String ALGORITHM = "AWS4-HMAC-SHA256";
    static final String POLICY = "policy";
    static final String SIGNATURE = "x-amz-signature";

    private static final DateTimeFormatter AMZ_DATE =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter AMZ_DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    private static final String ACCESS_KEY = "SANDBOXACCESSKEYID00";
    private static final String REGION = "us-east-1";

    private final byte[] secret;
    private final String uploadUrl;
    private final long maxBytes;

    PresignedPost(byte[] secret, String uploadUrl, long maxBytes) {
        this.secret = secret.clone();
        this.uploadUrl = uploadUrl;
        this.maxBytes = maxBytes;
    }

    String url() {
        return uploadUrl;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** The form fields of a job's upload, in the order they must be sent. */
    Map<String, String> fields(String uuid, long createdAtMillis) {
        Instant created = Instant.ofEpochMilli(createdAtMillis);
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("key", keyOf(uuid));
        fields.put("x-amz-algorithm", ALGORITHM);
        fields.put("x-amz-credential", ACCESS_KEY + "/" + AMZ_DAY.format(created) + "/" + REGION + "/s3/aws4_request");
        fields.put("x-amz-date", AMZ_DATE.format(created));
        String policy = policy(created, fields);
        fields.put(POLICY, policy);
        fields.put(SIGNATURE, sign(policy));
        return Collections.unmodifiableMap(fields);
    }

    static String keyOf(String uuid) {
        return KEY_PREFIX + uuid + KEY_SUFFIX;
    }

    /** The job id a key names, if it has the shape of a presigned key. */
    static Optional<String> uuidOf(String key) {
        if (key.startsWith(KEY_PREFIX) && key.endsWith(KEY_SUFFIX)
                && key.length() > KEY_PREFIX.length() + KEY_SUFFIX.length()) {
            return Optional.of(key.substring(KEY_PREFIX.length(), key.length() - KEY_SUFFIX.length()));
        }
        return Optional.empty();
    }

    private String policy(Instant created, Map<String, String> fields) {
        ObjectNode policy = SandboxJson.object()
                .put("expiration", created.plus(ReplicaAssumptions.PRESIGNED_POST_VALIDITY).toString());
        ArrayNode conditions = policy.putArray("conditions");
        conditions.addObject().put("bucket", ReplicaAssumptions.UPLOAD_BUCKET);
        fields.forEach((name, value) -> conditions.addObject().put(name, value));
        conditions.addArray().add("content-length-range").add(1).add(maxBytes);
        return Base64.getEncoder().encodeToString(SandboxJson.bytes(policy));
    }

    private String sign(String policy) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(policy.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime must provide HmacSHA256", e);
        }
    }
}
