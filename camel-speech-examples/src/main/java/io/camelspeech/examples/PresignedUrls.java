package io.camelspeech.examples;

import java.net.URI;
import java.time.Duration;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Presigned GET URLs of S3 objects, so a provider that accepts an audio URL fetches the object itself instead of the
 * bytes streaming through this JVM.
 */
public final class PresignedUrls implements AutoCloseable {

    private final S3Presigner presigner;

    public PresignedUrls(String endpoint, String accessKey, String secretKey, String region) {
        S3Presigner.Builder builder = S3Presigner.builder()
                .region(Region.of(region))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                // path-style: S3-compatible servers on an IP address have no per-bucket host names
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
        if (endpoint != null && !endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint));
        }
        this.presigner = builder.build();
    }

    public String get(String bucket, String key, Duration validity) {
        return presigner.presignGetObject(request -> request.signatureDuration(validity)
                .getObjectRequest(get -> get.bucket(bucket).key(key))).url().toString();
    }

    @Override
    public void close() {
        presigner.close();
    }
}
