package io.camelspeech.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.camelspeech.sandbox.body.RequestBodyReader;
import io.camelspeech.sandbox.spi.ProviderError;
import io.camelspeech.sandbox.spi.ProviderException;
import io.camelspeech.sandbox.spi.ProviderExchange;
import io.camelspeech.sandbox.spi.ProviderModule;
import io.camelspeech.sandbox.spi.RequestPayload;
import io.camelspeech.sandbox.spi.SandboxJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The one HTTP handler: finds the provider module by path prefix (one of its route mounts), streams
 * the body in, records the request, injects faults and lets the module answer. Paths outside every module get a
 * small JSON index or a 404.
 */
final class SandboxDispatcher implements HttpHandler {

    /** A module and the path prefix through which a request reaches it. */
    private record Mount(ProviderModule module, String path) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(SandboxDispatcher.class);

    private final List<ProviderModule> modules;
    private final Faults faults;
    private final WireLog wire;
    private final String baseUrl;
    private final RequestBodyReader bodyReader = new RequestBodyReader();

    SandboxDispatcher(List<ProviderModule> modules, Faults faults, WireLog wire, String baseUrl) {
        this.modules = List.copyOf(modules);
        this.faults = faults;
        this.wire = wire;
        this.baseUrl = baseUrl;
    }

    @Override
    public void handle(HttpExchange http) {
        try {
            String path = http.getRequestURI().getRawPath();
            Optional<Mount> mount = mountOf(path);
            if (mount.isPresent()) {
                serveProvider(http, mount.get().module(), mount.get().path());
            } else {
                serveIndex(http, path);
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("exchange {} {} ended early", http.getRequestMethod(), http.getRequestURI(), e);
        } finally {
            http.close();
        }
    }

    private Optional<Mount> mountOf(String path) {
        for (ProviderModule module : modules) {
            for (String mountPath : module.routes().mountPaths()) {
                if (isBelow(path, mountPath)) {
                    return Optional.of(new Mount(module, mountPath));
                }
            }
        }
        return Optional.empty();
    }

    private void serveProvider(HttpExchange http, ProviderModule module, String mountPath) throws IOException {
        WireLog.Slot slot = wire.reserve();
        RequestPayload payload;
        try {
            payload = bodyReader.read(http);
        } catch (IOException e) {
            slot.complete(record(http, RequestPayload.empty(), 0));
            throw e;
        }
        ProviderExchange exchange = new ProviderExchange(http, mountPath, payload,
                status -> slot.complete(record(http, payload, status)));
        try {
            answer(module, exchange);
        } catch (IOException | RuntimeException e) {
            if (exchange.responded()) {
                throw e;
            }
            LOG.warn("{} failed on {} {}", module.name(), exchange.method(), exchange.path(), e);
            module.sendError(exchange, ProviderError.of(500, "internal_error", "Sandbox failure: " + e));
        } finally {
            exchange.finish();
        }
    }

    private void answer(ProviderModule module, ProviderExchange exchange) throws IOException {
        Optional<ProviderError> refusal = module.admit(exchange);
        Optional<Fault> fault = faults.next(exchange.path());
        if (fault.isPresent() && FaultResponder.answer(fault.get(), exchange, module)) {
            return;
        }
        if (refusal.isPresent()) {
            module.sendError(exchange, refusal.get());
        } else {
            try {
                module.routes().dispatch(exchange);
            } catch (ProviderException e) {
                module.sendError(exchange, e.error());
            }
        }
        if (!exchange.responded()) {
            throw new IllegalStateException(module.name() + " sent no response");
        }
    }

    private void serveIndex(HttpExchange http, String path) throws IOException {
        bodyReader.discard(http);
        ObjectNode body = SandboxJson.object();
        int status;
        if (path.equals("/")) {
            status = 200;
            body.put("sandbox", "camel-speech");
            ObjectNode providers = body.putObject("providers");
            modules.forEach(m -> providers.put(m.name(), baseUrl + m.basePath()));
        } else {
            status = 404;
            body.putObject("error").put("code", "not_found").put("message", "no provider is mounted at " + path);
        }
        byte[] bytes = SandboxJson.bytes(body);
        http.getResponseHeaders().set("Content-Type", "application/json");
        http.sendResponseHeaders(status, bytes.length);
        http.getResponseBody().write(bytes);
    }

    private static boolean isBelow(String path, String basePath) {
        return path.equals(basePath) || path.startsWith(basePath + "/");
    }

    private static RecordedRequest record(HttpExchange http, RequestPayload payload, int status) {
        return new RecordedRequest(http.getRequestMethod(), http.getRequestURI().getRawPath(),
                http.getRequestURI().getRawQuery(), lowerCaseNames(http.getRequestHeaders()),
                http.getRequestHeaders().getFirst("Content-Type"), payload.json(), payload.partOrder(),
                payload.formFields(), payload.uploadedFiles(), payload.bodyBytes(), status);
    }

    private static Map<String, List<String>> lowerCaseNames(Headers headers) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        headers.forEach((name, values) -> copy.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        return copy;
    }
}
