package org.sightline.kernel.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sightline.kernel.charts.ChartSpec;

/**
 * One document written by any module: a title block, then headings, paragraphs, lists, tables
 * and charts in order. {@link PdfKit} renders it as tagged PDF/UA-1 with the running header
 * (protective marking and title), "Page x of y" footer, and bookmarks from the headings.
 *
 * <p>Modules describe content; they never write HTML or PDF operators, so every document
 * gets the same accessible structure.
 */
public final class PdfDocument {

    sealed interface Block permits Heading, Paragraph, BulletList, Table, Chart, PageBreak, Quote {
    }

    record Heading(int level, String text, String anchor) implements Block {
    }

    record Paragraph(String text, boolean note) implements Block {
    }

    record BulletList(List<String> items) implements Block {
    }

    record Table(PdfTable table) implements Block {
    }

    record Chart(ChartSpec spec, int index) implements Block {
    }

    record PageBreak() implements Block {
    }

    record Quote(String text, String attribution) implements Block {
    }

    private final String title;
    private String subtitle;
    private String author;
    private String subject;
    private String marking;
    private boolean newsletter;
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final List<Block> blocks = new ArrayList<>();
    private int anchors;
    private int charts;

    PdfDocument(String title) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A PDF needs a title");
        }
        this.title = title;
    }

    public PdfDocument subtitle(String subtitle) {
        this.subtitle = subtitle;
        return this;
    }

    public PdfDocument author(String author) {
        this.author = author;
        return this;
    }

    public PdfDocument subject(String subject) {
        this.subject = subject;
        return this;
    }

    /** Overrides the configured protective marking for this document, e.g. "OFFICIAL-SENSITIVE". */
    public PdfDocument marking(String marking) {
        this.marking = marking;
        return this;
    }

    /**
     * Lays the document out as a newsletter for all staff: a coloured masthead in place of the
     * report title block, and headings with a rule under them. The structure stays the same.
     */
    public PdfDocument newsletter() {
        this.newsletter = true;
        return this;
    }

    /** Words quoted from someone (a compliment), set apart, with who said them. */
    public PdfDocument quote(String text, String attribution) {
        blocks.add(new Quote(text, attribution));
        return this;
    }

    /** A labelled fact in the title block, e.g. "Period" → "1 Jul 2026 to 30 Sep 2026". */
    public PdfDocument fact(String label, String value) {
        facts.put(label, Objects.requireNonNullElse(value, ""));
        return this;
    }

    /** A section heading: a top-level bookmark. */
    public PdfDocument heading(String text) {
        blocks.add(new Heading(2, text, "s" + (++anchors)));
        return this;
    }

    /** A sub-section heading: a bookmark under the last section. */
    public PdfDocument subheading(String text) {
        blocks.add(new Heading(3, text, "s" + (++anchors)));
        return this;
    }

    public PdfDocument paragraph(String text) {
        blocks.add(new Paragraph(text, false));
        return this;
    }

    /** Smaller, muted text: "how this was calculated" notes. */
    public PdfDocument note(String text) {
        blocks.add(new Paragraph(text, true));
        return this;
    }

    public PdfDocument bulletList(List<String> items) {
        if (!items.isEmpty()) {
            blocks.add(new BulletList(List.copyOf(items)));
        }
        return this;
    }

    public PdfDocument table(PdfTable table) {
        blocks.add(new Table(table));
        return this;
    }

    /** A chart drawn as vectors, with its text alternative and its figures in a table after it. */
    public PdfDocument chart(ChartSpec spec) {
        blocks.add(new Chart(spec, charts++));
        return this;
    }

    /** Formatted text ({@link org.sightline.kernel.support.Markup}): its paragraphs and bullet lists. */
    public PdfDocument markup(String text) {
        for (var b : org.sightline.kernel.support.Markup.blocks(text)) {
            switch (b) {
                case org.sightline.kernel.support.Markup.Paragraph p -> paragraph(p.text());
                case org.sightline.kernel.support.Markup.Bullets l -> bulletList(l.items());
            }
        }
        return this;
    }

    public PdfDocument pageBreak() {
        blocks.add(new PageBreak());
        return this;
    }

    public String title() {
        return title;
    }

    String subtitle() {
        return subtitle;
    }

    String author() {
        return author;
    }

    String subject() {
        return subject;
    }

    String marking() {
        return marking;
    }

    boolean isNewsletter() {
        return newsletter;
    }

    Map<String, String> facts() {
        return facts;
    }

    List<Block> blocks() {
        return blocks;
    }
}
