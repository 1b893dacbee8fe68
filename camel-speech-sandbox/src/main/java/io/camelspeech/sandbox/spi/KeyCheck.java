package io.camelspeech.sandbox.spi;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The API-key check every header-keyed provider makes, with that provider's errors: a key taken from a header
 * ({@code X-Api-Key: K}) or from {@code Authorization: Bearer K}, which must be one of the valid keys. Immutable;
 * each {@code with...} method returns a changed copy.
 */
public final class KeyCheck implements Authentication {

    private static final String AUTHORIZATION = "Authorization";
    private static final String BEARER = "bearer";

    private final String header;
    private final boolean bearer;
    private final Set<String> validKeys;
    private final Supplier<? extends ProviderException> missing;
    private final Function<String, ? extends ProviderException> invalid;
    private final Set<String> refusedKeys;
    private final Function<String, ? extends ProviderException> refused;
    private final boolean keylessAccepted;

    private KeyCheck(String header, boolean bearer, Set<String> validKeys, Supplier<? extends ProviderException> missing,
            Function<String, ? extends ProviderException> invalid, Set<String> refusedKeys,
            Function<String, ? extends ProviderException> refused, boolean keylessAccepted) {
        this.header = header;
        this.bearer = bearer;
        this.validKeys = Set.copyOf(validKeys);
        this.missing = missing;
        this.invalid = invalid;
        this.refusedKeys = Set.copyOf(refusedKeys);
        this.refused = refused;
        this.keylessAccepted = keylessAccepted;
    }

    /** The key is the (trimmed) value of {@code header}. */
    public static KeyCheck header(String header, Set<String> validKeys, Supplier<? extends ProviderException> missing,
            Function<String, ? extends ProviderException> invalid) {
        return new KeyCheck(header, false, validKeys, missing, invalid, Set.of(), key -> null, false);
    }

    /** The key is what follows {@code Bearer} in the {@code Authorization} header; another scheme counts as none. */
    public static KeyCheck bearer(Set<String> validKeys, Supplier<? extends ProviderException> missing,
            Function<String, ? extends ProviderException> invalid) {
        return new KeyCheck(AUTHORIZATION, true, validKeys, missing, invalid, Set.of(), key -> null, false);
    }

    /** Keys that are known but refused (a plan without API access, no quota), checked before validity. */
    public KeyCheck withRefused(Set<String> keys, Function<String, ? extends ProviderException> error) {
        return new KeyCheck(header, bearer, validKeys, missing, invalid, keys, error, keylessAccepted);
    }

    /** Accepts a request with no key at all (no header, or {@code Bearer} alone), as a self-hosted server does. */
    public KeyCheck withKeylessAccepted(boolean accepted) {
        return new KeyCheck(header, bearer, validKeys, missing, invalid, refusedKeys, refused, accepted);
    }

    @Override
    public void check(ProviderExchange exchange) {
        String value = exchange.header(header);
        Optional<String> key = keyOf(exchange);
        if (key.isEmpty()) {
            boolean sentNone = value == null || value.isBlank() || isBearer(value);
            if (keylessAccepted && sentNone) {
                return;
            }
            throw missing.get();
        }
        if (refusedKeys.contains(key.get())) {
            throw refused.apply(key.get());
        }
        if (!validKeys.contains(key.get())) {
            throw invalid.apply(key.get());
        }
    }

    /** The key the request carries, if any: for rate-limit buckets as well as for the check. */
    public Optional<String> keyOf(ProviderExchange exchange) {
        String value = exchange.header(header);
        if (value == null || (bearer && !isBearer(value))) {
            return Optional.empty();
        }
        String key = bearer ? value.trim().substring(BEARER.length()).trim() : value.trim();
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }

    private static boolean isBearer(String value) {
        String scheme = value.trim().toLowerCase(Locale.ROOT);
        return scheme.equals(BEARER) || scheme.startsWith(BEARER + " ");
    }
}
