package io.camelspeech.sandbox.audiostack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.camelspeech.sandbox.spi.JobSchedule;
import io.camelspeech.sandbox.spi.JsonFields;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.SandboxContext;
import io.camelspeech.sandbox.spi.SandboxJson;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * {@code POST /speech/voice-cloning} checks the files against the tier's limits and starts a clone (202);
 * {@code GET /speech/voice-cloning?alias=...} tells how it stands.
 */
final class VoiceCloningApi {

    private final SandboxContext context;
    private final FileStore files;
    private final VoiceClones clones = new VoiceClones();
    private final Duration professionalCloneDuration;

    VoiceCloningApi(SandboxContext context, FileStore files) {
        this.context = context;
        this.files = files;
        this.professionalCloneDuration = context.settings(AudioStackConfig.class).professionalCloneDuration();
    }

    void create(ProviderExchange exchange) throws IOException {
        JsonFields body = AudioStackModule.jsonBody(exchange);
        String engine = body.requiredText("engine");
        if (!engine.equals(AudioStackAssumptions.ENGINE)) {
            throw AudioStackException.badRequest("engine must be " + AudioStackAssumptions.ENGINE + ", was '" + engine + "'");
        }
        String alias = body.requiredText("alias");
        List<String> fileIds = fileIds(body);
        JsonNode metadata = body.object("metadata").map(JsonFields::node).orElse(SandboxJson.object());
        // the page documents no tier field: the files decide (a "tier" sent anyway is still honoured, for old clients)
        CloneTier tier = body.text("tier").map(CloneTier::named).orElseGet(() -> CloneTier.forAudio(totalSeconds(fileIds)));
        List<StoredFile> listed = listedFiles(fileIds, tier);
        List<String> used = new ArrayList<>();
        List<VoiceClone.Discarded> discarded = new ArrayList<>();
        select(listed, tier, used, discarded);
        VoiceClone clone = clones.create(alias, () -> new VoiceClone(alias, tier, used, discarded, metadata,
                JobSchedule.startingAt(System.currentTimeMillis(), tier.duration(context.config().jobDuration(),
                        professionalCloneDuration), context.jobs().next(AudioStackModule.NAME))));
        exchange.respondJson(202, envelope("Voice clone is being created", 0, describe(clone, System.currentTimeMillis())));
    }

    void status(ProviderExchange exchange) throws IOException {
        String alias = exchange.queryParameter("alias").filter(text -> !text.isBlank())
                .orElseThrow(() -> AudioStackException.badRequest("the alias query parameter is required"));
        VoiceClone clone = clones.find(alias)
                .orElseThrow(() -> AudioStackException.notFound("No voice clone with the alias '" + alias + "'"));
        long now = System.currentTimeMillis();
        exchange.respondJson(200, envelope("Voice clone " + clone.statusAt(now), clone.creditsToReport(now),
                describe(clone, now)));
    }

    /** The audio the listed files hold, as far as they are known and uploaded. */
    private double totalSeconds(List<String> fileIds) {
        double total = 0;
        for (String fileId : new LinkedHashSet<>(fileIds)) {
            total += files.find(fileId).flatMap(StoredFile::upload).map(StoredFile.Upload::seconds)
                    .filter(java.util.Objects::nonNull).orElse(0.0);
        }
        return total;
    }

    private static List<String> fileIds(JsonFields body) {
        List<JsonNode> elements = body.requiredArray("fileIds");
        List<String> ids = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
            ids.add(body.textElement("fileIds", i, elements.get(i)));
        }
        return ids;
    }

    // the request limits: too many files, unknown or unfinished ones, too many bytes
    private List<StoredFile> listedFiles(List<String> fileIds, CloneTier tier) {
        if (fileIds.size() > tier.maxFiles()) {
            throw AudioStackException.badRequest("Too many files", List.of("the " + tier.label() + " tier takes at most "
                    + tier.maxFiles() + " files, " + fileIds.size() + " were listed"));
        }
        List<String> errors = new ArrayList<>();
        List<StoredFile> listed = new ArrayList<>();
        for (String fileId : fileIds) {
            files.find(fileId).ifPresentOrElse(file -> {
                if (file.upload().isEmpty()) {
                    errors.add("file " + fileId + " is still uploading");
                }
                listed.add(file);
            }, () -> errors.add("file " + fileId + " does not exist"));
        }
        if (!errors.isEmpty()) {
            throw AudioStackException.badRequest("Invalid files", errors);
        }
        long totalBytes = listed.stream().mapToLong(file -> file.upload().orElseThrow().size()).sum();
        if (totalBytes > tier.maxTotalBytes()) {
            throw AudioStackException.badRequest("Files too large", List.of("the " + tier.label() + " tier takes at "
                    + "most " + tier.maxTotalBytes() / AudioStackAssumptions.BYTES_PER_MB + " MB in total, the files "
                    + "have " + totalBytes + " bytes"));
        }
        return listed;
    }

    // files the clone cannot use are discarded, as long as the others still meet the tier's minimum
    private static void select(List<StoredFile> listed, CloneTier tier, List<String> used,
            List<VoiceClone.Discarded> discarded) {
        Set<String> seen = new LinkedHashSet<>();
        double usableSeconds = 0;
        for (StoredFile file : listed) {
            StoredFile.Upload upload = file.upload().orElseThrow();
            String reason = null;
            if (!seen.add(file.fileId())) {
                reason = "listed more than once";
            } else if (upload.seconds() == null) {
                reason = "not an audio file (" + upload.format() + ")";
            } else if (upload.seconds() < tier.minFileSeconds()) {
                reason = String.format(Locale.ROOT, "shorter than the minimum of %s for a %s clone (%.1f s)",
                        seconds(tier.minFileSeconds()), tier.label(), upload.seconds());
            }
            if (reason == null) {
                used.add(file.fileId());
                usableSeconds += upload.seconds();
            } else {
                discarded.add(new VoiceClone.Discarded(file.fileId(), reason));
            }
        }
        if (used.isEmpty() || usableSeconds < tier.minTotalSeconds()) {
            List<String> errors = new ArrayList<>();
            errors.add(String.format(Locale.ROOT, "the %s tier needs at least %s of audio in files of at least %s; "
                            + "the usable files have %.1f s", tier.label(), seconds(tier.minTotalSeconds()),
                    seconds(tier.minFileSeconds()), usableSeconds));
            discarded.forEach(file -> errors.add("file " + file.fileId() + ": " + file.reason()));
            throw AudioStackException.badRequest("Not enough usable audio", errors);
        }
    }

    private static ObjectNode describe(VoiceClone clone, long nowMillis) {
        String status = clone.statusAt(nowMillis);
        ObjectNode data = SandboxJson.object()
                .put("alias", clone.alias())
                .put("engine", AudioStackAssumptions.ENGINE)
                .put("tier", clone.tier().label())
                .put("status", status);
        ArrayNode used = data.putArray("fileIds");
        clone.fileIds().forEach(used::add);
        ArrayNode discarded = data.putArray("discardedFiles");
        clone.discarded().forEach(file -> discarded.addObject().put("fileId", file.fileId()).put("reason", file.reason()));
        data.set("metadata", clone.metadata());
        data.put("createdAt", Instant.ofEpochMilli(clone.schedule().startedAtMillis()).toString());
        if (!status.equals(AudioStackAssumptions.CREATING)) {
            data.put("completedAt", Instant.ofEpochMilli(clone.schedule().endsAtMillis()).toString());
        }
        if (status.equals(AudioStackAssumptions.FAILED)) {
            data.put("failureReason", clone.schedule().fate().reason());
        }
        return data;
    }

    private static ObjectNode envelope(String message, int creditsUsed, ObjectNode data) {
        ObjectNode envelope = SandboxJson.object();
        envelope.putObject("meta")
                .put("version", AudioStackAssumptions.API_VERSION)
                .put("requestId", UUID.randomUUID().toString())
                .put("creditsUsed", creditsUsed);
        envelope.put("message", message);
        envelope.putArray("warnings");
        envelope.set("data", data);
        return envelope;
    }

    private static String seconds(double seconds) {
        return seconds >= 60 ? Math.round(seconds / 60) + " min" : seconds + " s";
    }
}
