package io.camelspeech.component.console;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.camelspeech.component.SpeechComponent;
import io.camelspeech.component.store.JobRecord;
import org.apache.camel.Component;
import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;

/**
 * The {@code speech} dev console: per speech component, its job store, jobs pending by provider and state with the
 * oldest, the jobs this instance waits for, rate-limiter queues, callbacks by result, requests by outcome, credits
 * and audio seconds.
 */
@DevConsole(name = "speech", displayName = "Speech", description = "Speech jobs, rate limiters, callbacks and figures")
public class SpeechDevConsole extends AbstractDevConsole {

    public SpeechDevConsole() {
        super("camel", "speech", "Speech", "Speech jobs, rate limiters, callbacks and figures");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        StringBuilder text = new StringBuilder();
        report().forEach((name, figures) -> {
            text.append("Component ").append(name).append('\n');
            figures.forEach((figure, value) -> text.append("    ").append(figure).append(": ").append(value).append('\n'));
        });
        return text.toString();
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("components", report());
        return json;
    }

    /** One map of figures per speech component of the context, by its name. */
    private Map<String, Map<String, Object>> report() {
        Map<String, Map<String, Object>> report = new TreeMap<>();
        for (String name : getCamelContext().getComponentNames()) {
            Component component = getCamelContext().hasComponent(name);
            if (component instanceof SpeechComponent speech) {
                report.put(name, figures(speech));
            }
        }
        return report;
    }

    private static Map<String, Object> figures(SpeechComponent speech) {
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("store", speech.getJobStoreDescription());
        figures.put("jobsWaitedFor", speech.getJobsInFlight());
        Instant now = Instant.now();
        Map<String, Object> pending = new TreeMap<>();
        speech.pendingByProvider().forEach((provider, records) -> {
            Map<String, Object> of = new LinkedHashMap<>();
            of.put("byState", records.stream().collect(Collectors.groupingBy(r -> String.valueOf(r.state()), TreeMap::new,
                    Collectors.counting())));
            oldest(records).ifPresent(record -> {
                of.put("oldest", record.reference() + (record.jobId() != null ? " (" + record.jobId() + ")" : ""));
                of.put("oldestAgeMillis", Duration.between(record.createdAt(), now).toMillis());
            });
            pending.put(provider, of);
        });
        figures.put("pendingJobs", pending);
        figures.put("rateLimiters", speech.rateLimiterQueues());
        figures.put("callbacks", speech.statistics().callbacks());
        figures.put("requests", speech.statistics().requests());
        figures.put("retries", speech.statistics().retries());
        figures.put("rateLimitWaitMillis", speech.statistics().rateLimitWaitMillis());
        figures.put("jobsFinished", speech.statistics().jobsFinished());
        figures.put("creditsUsed", speech.statistics().credits());
        figures.put("audioSeconds", speech.statistics().audioSeconds());
        figures.put("meters", speech.statistics().hasMeterRegistry() ? "Micrometer" : "in memory only");
        return figures;
    }

    private static java.util.Optional<JobRecord> oldest(List<JobRecord> records) {
        return records.stream().filter(r -> r.createdAt() != null).min(Comparator.comparing(JobRecord::createdAt));
    }
}
