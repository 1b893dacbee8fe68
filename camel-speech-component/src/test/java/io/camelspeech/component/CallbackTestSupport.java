package io.camelspeech.component;

import java.net.ServerSocket;

import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServer;
import org.apache.camel.component.platform.http.vertx.VertxPlatformHttpServerConfiguration;

/** Route tests whose context runs a platform-http server on a free port, where providers' callbacks arrive. */
abstract class CallbackTestSupport extends SandboxTestSupport {

    protected int callbackPort;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        try (ServerSocket socket = new ServerSocket(0)) {
            callbackPort = socket.getLocalPort();
        }
        VertxPlatformHttpServerConfiguration server = new VertxPlatformHttpServerConfiguration();
        server.setBindHost("127.0.0.1");
        server.setBindPort(callbackPort);
        context.addService(new VertxPlatformHttpServer(server));
        return context;
    }

    /** Endpoint options that turn callbacks on, with a grace period long enough that polling never kicks in. */
    protected String callbacks() {
        return "callbackBaseUrl=http://127.0.0.1:" + callbackPort + "&callbackGracePeriod=30000";
    }
}
