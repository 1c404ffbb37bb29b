package org.sightline.kernel.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table for {@link PdfDocument}: a header row repeated on every page the table spans, body
 * rows that are never split across pages, an optional caption and relative column widths.
 */
public final class PdfTable {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();
    private String caption;
    private int[] widths;
    private boolean firstColumnIsHeader;
    private int rowHeightMm;
    private final java.util.Set<String> alerts = new java.util.HashSet<>();

    private PdfTable(List<String> headers) {
        this.headers = List.copyOf(headers);
    }

    public static PdfTable withColumns(String... headers) {
        if (headers.length == 0) {
            throw new IllegalArgumentException("A table needs at least one column");
        }
        return new PdfTable(Arrays.asList(headers));
    }

    public PdfTable caption(String caption) {
        this.caption = caption;
        return this;
    }

    /** Relative widths, one per column, e.g. {@code 3, 1, 1}. */
    public PdfTable widths(int... widths) {
        if (widths.length != headers.size()) {
            throw new IllegalArgumentException("Expected " + headers.size() + " widths");
        }
        this.widths = widths.clone();
        return this;
    }

    /** Rows at least this tall, e.g. 10 mm for a sheet people sign by hand. */
    public PdfTable rowHeightMm(int mm) {
        this.rowHeightMm = mm;
        return this;
    }

    /**
     * Cells that say exactly one of these words ("Overdue") are printed in the warning colour and
     * bold: the word carries the meaning, the colour draws the eye.
     */
    public PdfTable alert(String... words) {
        alerts.addAll(Arrays.asList(words));
        return this;
    }

    int rowHeightMm() {
        return rowHeightMm;
    }

    boolean isAlert(String cell) {
        return alerts.contains(cell);
    }

    /** The first cell of each row labels the row (a row header for screen readers). */
    public PdfTable rowHeaders() {
        this.firstColumnIsHeader = true;
        return this;
    }

    public PdfTable row(String... cells) {
        return row(Arrays.asList(cells));
    }

    public PdfTable row(List<String> cells) {
        if (cells.size() != headers.size()) {
            throw new IllegalArgumentException("Row has " + cells.size() + " cells, table has " + headers.size() + " columns");
        }
        rows.add(cells.stream().map(c -> Objects.requireNonNullElse(c, "")).toList());
        return this;
    }

    public List<String> headers() {
        return headers;
    }

    public List<List<String>> rows() {
        return rows;
    }

    public String caption() {
        return caption;
    }

    int[] widths() {
        return widths;
    }

    boolean firstColumnIsHeader() {
        return firstColumnIsHeader;
    }
}
