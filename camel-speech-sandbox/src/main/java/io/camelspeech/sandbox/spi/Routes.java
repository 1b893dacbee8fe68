package io.camelspeech.sandbox.spi;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A provider's table of endpoints, grouped by mount (its base path, or a storage path outside the API): method and
 * path pattern below the mount, where {@code {name}} matches one segment and is read back with
 * {@link ProviderExchange#pathParameter}. Trailing slashes do not matter. A literal segment wins over a parameter;
 * a path that matches only with another method is the mount's "method not allowed", no match its "not found" —
 * both thrown as the provider's own {@link ProviderException}, like the mount's {@link Authentication}.
 */
public final class Routes {

    /** Answers one request; throws a {@link ProviderException} to answer with an error. */
    @FunctionalInterface
    public interface Handler {
        void handle(ProviderExchange exchange) throws IOException;
    }

    private record Route(String method, List<String> segments, Handler handler) {

        /** The path parameters when the path matches this route's pattern. */
        Optional<Map<String, String>> match(List<String> path) {
            if (path.size() != segments.size()) {
                return Optional.empty();
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            for (int i = 0; i < segments.size(); i++) {
                String segment = segments.get(i);
                if (isParameter(segment)) {
                    parameters.put(segment.substring(1, segment.length() - 1), path.get(i));
                } else if (!segment.equals(path.get(i))) {
                    return Optional.empty();
                }
            }
            return Optional.of(parameters);
        }

        long literals() {
            return segments.stream().filter(segment -> !isParameter(segment)).count();
        }

        private static boolean isParameter(String segment) {
            return segment.startsWith("{") && segment.endsWith("}");
        }
    }

    private record Mount(String path, Authentication authentication, List<Route> routes,
            Function<ProviderExchange, ? extends ProviderException> notFound,
            Function<ProviderExchange, ? extends ProviderException> methodNotAllowed) {
    }

    private final String provider;
    private final List<Mount> mounts;

    private Routes(String provider, List<Mount> mounts) {
        this.provider = provider;
        this.mounts = List.copyOf(mounts);
    }

    /** Starts the table of {@code provider}'s API, whose first mount is its base path. */
    public static Start of(String provider) {
        return new Start(provider);
    }

    /** The provider's name, as {@code providerBaseUrl(name)} takes it. */
    public String provider() {
        return provider;
    }

    /** The base path: the first mount. */
    public String basePath() {
        return mounts.get(0).path();
    }

    /** The path prefixes this table answers, in the order they were declared. */
    public List<String> mountPaths() {
        return mounts.stream().map(Mount::path).toList();
    }

    /** Authenticates, finds the endpoint and lets it answer; errors are thrown, never sent. */
    public void dispatch(ProviderExchange exchange) throws IOException {
        Mount mount = mounts.stream()
                .filter(candidate -> candidate.path().equals(exchange.mountPath()))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no routes for " + exchange.mountPath()));
        Authentication authentication = mount.authentication();
        if (authentication.beforeRouting()) {
            authentication.check(exchange);
        }
        List<String> path = segments(exchange.endpoint());
        List<Route> matching = mount.routes().stream()
                .filter(route -> route.match(path).isPresent())
                .toList();
        long mostLiterals = matching.stream().mapToLong(Route::literals).max().orElse(-1);
        List<Route> mostSpecific = matching.stream().filter(route -> route.literals() == mostLiterals).toList();
        if (mostSpecific.isEmpty()) {
            throw mount.notFound().apply(exchange);
        }
        Route route = mostSpecific.stream()
                .filter(candidate -> candidate.method().equals(exchange.method()))
                .findFirst()
                .orElseThrow(() -> mount.methodNotAllowed().apply(exchange));
        if (!authentication.beforeRouting()) {
            authentication.check(exchange);
        }
        exchange.pathParameters(route.match(path).orElseThrow());
        route.handler().handle(exchange);
    }

    private static List<String> segments(String path) {
        return path.isEmpty() ? List.of() : List.of(path.split("/", -1));
    }

    /** A table without routes yet. */
    public static final class Start {

        private final String provider;

        private Start(String provider) {
            this.provider = provider;
        }

        /** The base path, and how requests to it authenticate. */
        public MountBuilder mount(String basePath, Authentication authentication) {
            return new MountBuilder(provider, new ArrayList<>(), basePath, authentication);
        }
    }

    /** Collects the routes of one mount; {@link #notFound} is required, the rest optional. */
    public static final class MountBuilder {

        private final String provider;
        private final List<Mount> done;
        private final String path;
        private final Authentication authentication;
        private final List<Route> routes = new ArrayList<>();
        private Function<ProviderExchange, ? extends ProviderException> notFound;
        private Function<ProviderExchange, ? extends ProviderException> methodNotAllowed;

        private MountBuilder(String provider, List<Mount> done, String path, Authentication authentication) {
            this.provider = provider;
            this.done = done;
            this.path = path;
            this.authentication = authentication;
        }

        public MountBuilder get(String pattern, Handler handler) {
            return route("GET", pattern, handler);
        }

        public MountBuilder post(String pattern, Handler handler) {
            return route("POST", pattern, handler);
        }

        public MountBuilder put(String pattern, Handler handler) {
            return route("PUT", pattern, handler);
        }

        /** The error for a path no route of this mount matches. */
        public MountBuilder notFound(Function<ProviderExchange, ? extends ProviderException> error) {
            this.notFound = error;
            return this;
        }

        /** The error for a path that only matches with another method; without it, {@link #notFound} answers. */
        public MountBuilder methodNotAllowed(Function<ProviderExchange, ? extends ProviderException> error) {
            this.methodNotAllowed = error;
            return this;
        }

        /** Ends this mount and starts the next one. */
        public MountBuilder mount(String nextPath, Authentication nextAuthentication) {
            done.add(build());
            return new MountBuilder(provider, done, nextPath, nextAuthentication);
        }

        /**
         * Ends this mount and starts the S3-like storage that presigned URLs point to: no key (the signature is
         * the permission), S3's {@code NoSuchKey} and {@code MethodNotAllowed}.
         */
        public MountBuilder storage(String nextPath) {
            return mount(nextPath, Authentication.NONE)
                    .notFound(exchange -> ProviderException.of(S3ErrorResponse.NO_SUCH_KEY))
                    .methodNotAllowed(exchange -> ProviderException.of(S3ErrorResponse.METHOD_NOT_ALLOWED));
        }

        public Routes routes() {
            done.add(build());
            return new Routes(provider, done);
        }

        private MountBuilder route(String method, String pattern, Handler handler) {
            routes.add(new Route(method, segments(pattern), handler));
            return this;
        }

        private Mount build() {
            if (notFound == null) {
                throw new IllegalStateException("the mount " + path + " needs a notFound error");
            }
            return new Mount(path, authentication, routes, notFound,
                    methodNotAllowed == null ? notFound : methodNotAllowed);
        }
    }
}
