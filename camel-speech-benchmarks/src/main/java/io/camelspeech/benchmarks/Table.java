package io.camelspeech.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The results of every benchmark side by side: as text for the console and as Markdown for the report. */
final class Table {

    private static final List<String> HEADERS = List.of("Benchmark", "Contender", "Result", "Details");
    private static final List<Function<Row, String>> CELLS = List.of(Row::benchmark, Row::contender, Row::result,
            Row::details);

    private final List<Row> rows = new ArrayList<>();

    void addAll(List<Row> more) {
        rows.addAll(more);
    }

    /** Aligned columns; the last (details) is left ragged. */
    String text() {
        int[] widths = new int[HEADERS.size() - 1];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = HEADERS.get(c).length();
            for (Row row : rows) {
                widths[c] = Math.max(widths[c], CELLS.get(c).apply(row).length());
            }
        }
        StringBuilder out = new StringBuilder();
        appendLine(out, widths, HEADERS);
        for (Row row : rows) {
            appendLine(out, widths, CELLS.stream().map(cell -> cell.apply(row)).toList());
        }
        return out.toString();
    }

    String markdown() {
        StringBuilder out = new StringBuilder();
        out.append(markdownLine(HEADERS));
        out.append(markdownLine(HEADERS.stream().map(h -> "---").toList()));
        for (Row row : rows) {
            out.append(markdownLine(CELLS.stream().map(cell -> cell.apply(row)).toList()));
        }
        return out.toString();
    }

    static String markdownLine(List<String> cells) {
        return "| " + String.join(" | ", cells.stream().map(Table::escape).toList()) + " |\n";
    }

    private static void appendLine(StringBuilder out, int[] widths, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            out.append(c < widths.length ? cell + " ".repeat(widths[c] - cell.length() + 2) : cell);
        }
        out.append(System.lineSeparator());
    }

    private static String escape(String cell) {
        return cell.replace("|", "\\|");
    }
}
