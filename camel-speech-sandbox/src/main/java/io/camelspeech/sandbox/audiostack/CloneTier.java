package io.camelspeech.sandbox.audiostack;

import java.time.Duration;
import java.util.Locale;

/** The two tiers of voice_engine_3 and their documented limits. */
enum CloneTier {

    INSTANT(25, 1.5, 1.5, 10, AudioStackAssumptions.INSTANT_CLONE_CREDITS),
    PROFESSIONAL(100, 10 * 60, 30 * 60, 1500, 0);

    private final int maxFiles;
    private final double minFileSeconds;
    private final double minTotalSeconds;
    private final long maxTotalBytes;
    private final int credits;

    CloneTier(int maxFiles, double minFileSeconds, double minTotalSeconds, int maxTotalMegabytes, int credits) {
        this.maxFiles = maxFiles;
        this.minFileSeconds = minFileSeconds;
        this.minTotalSeconds = minTotalSeconds;
        this.maxTotalBytes = maxTotalMegabytes * AudioStackAssumptions.BYTES_PER_MB;
        this.credits = credits;
    }

    static CloneTier named(String name) {
        for (CloneTier tier : values()) {
            if (tier.label().equals(name.trim().toLowerCase(Locale.ROOT))) {
                return tier;
            }
        }
        throw AudioStackException.badRequest("tier must be instant or professional, was '" + name + "'");
    }

    /** (assume) a clone with enough audio for the professional tier is a professional clone. */
    static CloneTier forAudio(double totalSeconds) {
        return totalSeconds >= PROFESSIONAL.minTotalSeconds ? PROFESSIONAL : INSTANT;
    }

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    int maxFiles() {
        return maxFiles;
    }

    double minFileSeconds() {
        return minFileSeconds;
    }

    double minTotalSeconds() {
        return minTotalSeconds;
    }

    long maxTotalBytes() {
        return maxTotalBytes;
    }

    /** Credits charged when a clone of this tier succeeds. */
    int credits() {
        return credits;
    }

    Duration duration(Duration jobDuration, Duration professionalCloneDuration) {
        return this == INSTANT ? jobDuration : professionalCloneDuration;
    }
}
