package io.camelspeech.examples;

import java.net.URI;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * An S3-compatible server in this process (S3Proxy over an in-memory store), so the S3 routes run with no service to
 * install. The credentials are local placeholders, not AWS keys.
 */
public final class EmbeddedS3 implements AutoCloseable {

    public static final String ACCESS_KEY = "speech-examples";
    public static final String SECRET_KEY = "speech-examples-secret";

    private final S3Proxy proxy;

    private EmbeddedS3(S3Proxy proxy) {
        this.proxy = proxy;
    }

    public static EmbeddedS3 start() throws Exception {
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(new TransientNio2BlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        proxy.start();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!"STARTED".equals(proxy.getState()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        return new EmbeddedS3(proxy);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
