package io.camelspeech.examples;

import java.nio.file.Path;

import org.apache.camel.Exchange;

/**
 * The steps every watched-folder route shares, in the Java and the YAML DSL alike (bound as "folderSteps"): the
 * use case is the route id without its "folder-" prefix.
 */
public final class FolderSteps {

    private final ProgressBoard board;
    private final Path work;

    public FolderSteps(ProgressBoard board, Path work) {
        this.board = board;
        this.work = work;
    }

    public void started(Exchange exchange) {
        board.started(useCase(exchange), Reports.inputName(exchange));
    }

    /** After the result file was written: its sidecar, and the input counted as done. */
    public void finished(Exchange exchange, String operation) {
        String useCase = useCase(exchange);
        String input = Reports.inputName(exchange);
        Path result = Path.of(exchange.getMessage().getHeader(Exchange.FILE_NAME_PRODUCED, String.class));
        Reports.writeSidecar(result, Reports.resultFacts(exchange, useCase, operation, board.elapsedMillis(useCase, input)));
        board.done(useCase, input, "outbox/" + useCase + "/" + result.getFileName());
    }

    /** The reason beside the failed input (the file consumer's moveFailed moves the input itself). */
    public void failed(Exchange exchange) {
        String useCase = useCase(exchange);
        Reports.writeError(work.resolve("error").resolve(useCase), exchange, useCase);
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        board.failed(useCase, Reports.inputName(exchange), cause == null ? "unknown" : cause.getMessage());
    }

    private static String useCase(Exchange exchange) {
        String route = exchange.getFromRouteId();
        return route != null && route.startsWith("folder-") ? route.substring("folder-".length()) : route;
    }
}
