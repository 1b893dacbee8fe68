package io.camelspeech.benchmarks;

import java.time.Duration;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.model.dataformat.JsonLibrary;

/** The route a user would write without the component: headers, a Jackson-built body, camel-http, bytes. */
final class HandWrittenRouteContender implements Contender {

    private final String ttsUrl;
    private CamelContext context;
    private ProducerTemplate template;
    private Endpoint direct;

    HandWrittenRouteContender(String ttsaiBaseUrl) {
        this.ttsUrl = ttsaiBaseUrl + TtsRequest.PATH;
    }

    @Override
    public String key() {
        return "route";
    }

    @Override
    public void start() throws Exception {
        context = new DefaultCamelContext();
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // connectionsPerRoute=64: camel-http's default pool (20) would cap 64 callers, not the route
                from("direct:tts")
                        .setHeader("Authorization", constant(TtsRequest.AUTHORIZATION))
                        .setHeader(Exchange.CONTENT_TYPE, constant("application/json"))
                        .process(e -> e.getMessage().setBody(TtsRequest.fields(e.getMessage().getBody(String.class))))
                        .marshal().json(JsonLibrary.Jackson)
                        .to(ttsUrl + "?httpMethod=POST&connectionsPerRoute=64")
                        .convertBodyTo(byte[].class);
            }
        });
        context.start();
        template = context.createProducerTemplate();
        direct = context.getEndpoint("direct:tts");
    }

    @Override
    public RunStats run(int requests, int concurrency, Duration limit) throws InterruptedException {
        return BlockingLoad.run(requests, concurrency, limit, () -> {
            byte[] audio = template.requestBody(direct, TtsRequest.TEXT, byte[].class);
            if (audio == null || audio.length == 0) {
                throw new IllegalStateException("no audio");
            }
            return audio;
        });
    }

    @Override
    public void close() throws Exception {
        if (template != null) {
            template.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
