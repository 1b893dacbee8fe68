package io.camelspeech.sandbox.spi;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * When a job runs, worked out from the clock whenever somebody looks, so a job in flight costs no thread or timer:
 * queued for the first {@value #QUEUED_PARTS_OF}th of its run time, then running, then ended as its fate says
 * (a stalled job keeps running).
 *
 * @param startedAtMillis epoch milliseconds at which the job was accepted
 * @param runMillis       how long it takes from acceptance to its end
 */
public record JobSchedule(long startedAtMillis, long runMillis, JobFate fate) {

    public static final int QUEUED_PARTS_OF = 3;

    /** Where a job stands at a given time. */
    public enum Phase { QUEUED, RUNNING, SUCCEEDED, FAILED }

    public static JobSchedule startingAt(long nowMillis, Duration runTime, JobFate fate) {
        return new JobSchedule(nowMillis, runTime.toMillis(), fate);
    }

    public Phase phaseAt(long nowMillis) {
        if (nowMillis < runningFromMillis()) {
            return Phase.QUEUED;
        }
        if (fate.stalls() || nowMillis < endsAtMillis()) {
            return Phase.RUNNING;
        }
        return fate.fails() ? Phase.FAILED : Phase.SUCCEEDED;
    }

    public long runningFromMillis() {
        return startedAtMillis + runMillis / QUEUED_PARTS_OF;
    }

    /** When the job ends; meaningless for a stalled job, see {@link #end()}. */
    public long endsAtMillis() {
        return startedAtMillis + runMillis;
    }

    /** When the job ends, or empty when it never does. */
    public OptionalLong end() {
        return fate.stalls() ? OptionalLong.empty() : OptionalLong.of(endsAtMillis());
    }

    public boolean ended(long nowMillis) {
        Phase phase = phaseAt(nowMillis);
        return phase == Phase.SUCCEEDED || phase == Phase.FAILED;
    }
}
