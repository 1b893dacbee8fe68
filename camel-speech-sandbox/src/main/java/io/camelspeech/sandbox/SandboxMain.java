package io.camelspeech.sandbox;

import io.camelspeech.sandbox.aimlapi.AimlApiConfig;
import io.camelspeech.sandbox.audiostack.AudioStackConfig;
import io.camelspeech.sandbox.openai.OpenAiConfig;
import io.camelspeech.sandbox.replica.ReplicaConfig;
import io.camelspeech.sandbox.tencent.TencentConfig;
import io.camelspeech.sandbox.ttsai.TtsAiConfig;

import java.util.concurrent.CountDownLatch;

/** Runs the sandbox standalone until the process is killed: {@code java -jar camel-speech-sandbox.jar --port 8089}. */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(SandboxConfig.usage());
            return;
        }
        SandboxConfig config;
        try {
            config = SandboxConfig.fromArgs(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SpeechSandbox sandbox = SpeechSandbox.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "sandbox-shutdown"));
        System.out.println("camel-speech sandbox listening on " + sandbox.baseUrl());
        for (String provider : sandbox.providers()) {
            System.out.println("  " + provider + "  " + sandbox.providerBaseUrl(provider));
        }
        TtsAiConfig ttsai = config.provider(TtsAiConfig.class);
        TencentConfig tencent = config.provider(TencentConfig.class);
        AudioStackConfig audiostack = config.provider(AudioStackConfig.class);
        System.out.println("  TTS.ai key: " + ttsai.apiKey() + " (plan " + ttsai.plan() + ", " + ttsai.credits()
                + " credits" + (config.enforceRateLimits() ? ", rate limits enforced" : "") + ")");
        System.out.println("  Replica key: " + config.provider(ReplicaConfig.class).apiKey() + " (X-Api-Key)");
        System.out.println("  AI/ML API key: " + config.provider(AimlApiConfig.class).apiKey()
                + " (Authorization: Bearer)");
        System.out.println("  AudioStack key: " + audiostack.apiKey() + " (x-api-key)");
        System.out.println("  Tencent secretId / secretKey: " + tencent.secretId() + " / " + tencent.secretKey());
        System.out.println("  OpenAI-compatible key: " + config.provider(OpenAiConfig.class).apiKey()
                + " (Authorization: Bearer, or none)");
        System.out.println("  jobs end after " + config.jobDuration().toMillis() + " ms (AudioStack professional clones "
                + audiostack.professionalCloneDuration().toMillis() + " ms)");
        if (config.faultRate() > 0) {
            System.out.println("  random faults on " + config.faultRate() * 100 + "% of requests, seed " + config.faultSeed());
        }
        System.out.flush();
        // the HTTP threads are daemons, so the main thread keeps the process alive
        new CountDownLatch(1).await();
    }
}
