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

    sealed interface Block permits Heading, Paragraph, BulletList, Table, Chart, PageBreak, Quote, Contents, Section {
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

    /** A contents page: each entry's title and the anchor of its section; page numbers come from the layout. */
    record Contents(String heading, List<String[]> entries) implements Block {
    }

    /** The start of a section of a pack, on a new page: a bookmark, who presents it and the cover note. */
    record Section(String title, String anchor, String presenter, List<String> note) implements Block {
    }

    private final String title;
    private String subtitle;
    private String author;
    private String subject;
    private String marking;
    private boolean newsletter;
    private boolean coverPage;
    private final Map<String, String> facts = new LinkedHashMap<>();
    private final List<Block> blocks = new ArrayList<>();
    private boolean childLevel;
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

    /**
     * The document names a child's case (a case audit, a complaint's chronology, an observation that
     * records a case reference): the kit marks it with the child-level marking, one rule for all.
     */
    public PdfDocument childLevel() {
        this.childLevel = true;
        return this;
    }

    boolean isChildLevel() {
        return childLevel;
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

    /** The title block fills a cover page of its own, as on a board pack. */
    public PdfDocument coverPage() {
        this.coverPage = true;
        return this;
    }

    /**
     * A contents page listing sections added later with {@link #section}; each line shows the page
     * the section starts on, as laid out.
     *
     * @param entries each entry's title and the anchor {@link #section} returned for it
     */
    public PdfDocument contents(List<String[]> entries) {
        blocks.add(new Contents("Contents", List.copyOf(entries)));
        return this;
    }

    /**
     * As {@link #contents(List)}, under its own heading; an entry with no anchor is listed without a
     * page. On a document with a cover page, contents added first are laid out on the cover (a
     * pack's agenda), so no page is left holding only a list.
     */
    public PdfDocument contents(String heading, List<String[]> entries) {
        blocks.add(new Contents(heading, List.copyOf(entries)));
        return this;
    }

    /** Reserves the anchor of a section to come, so the contents can point at it before it is added. */
    public String nextSectionAnchor(int n) {
        return "section-" + n;
    }

    /** Starts a section on a new page, with a top-level bookmark; {@code note} is its cover note, paragraph by paragraph. */
    public PdfDocument section(String title, String anchor, String presenter, List<String> note) {
        blocks.add(new Section(title, anchor, presenter, List.copyOf(note)));
        return this;
    }

    /**
     * Appends another document inside the current section: its title as a sub-heading, its facts,
     * then its content with every heading one level lower, so its sections nest under this one in
     * the bookmarks. Charts keep their text alternatives and figure tables.
     */
    public PdfDocument include(PdfDocument other) {
        blocks.add(new Heading(3, other.title(), "s" + (++anchors)));
        if (other.subtitle() != null) {
            blocks.add(new Paragraph(other.subtitle(), false));
        }
        if (!other.facts().isEmpty()) {
            PdfTable t = PdfTable.withColumns("Fact", "Value").rowHeaders().caption("Summary: " + other.title());
            other.facts().forEach(t::row);
            blocks.add(new Table(t));
        }
        for (Block b : other.blocks()) {
            switch (b) {
                case Heading h -> blocks.add(new Heading(Math.min(h.level() + 2, 5), h.text(), "s" + (++anchors)));
                case Chart c -> blocks.add(new Chart(c.spec(), charts++));
                case Section ignored -> {
                }
                case Contents ignored -> {
                }
                default -> blocks.add(b);
            }
        }
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

    boolean isCoverPage() {
        return coverPage;
    }

    Map<String, String> facts() {
        return facts;
    }

    /** The text of every heading and section title, in order: what a reader sees as the document's outline. */
    public List<String> headingTexts() {
        return blocks.stream().map(b -> b instanceof Heading hd ? hd.text() : b instanceof Section sec ? sec.title() : null)
                .filter(java.util.Objects::nonNull).toList();
    }

    List<Block> blocks() {
        return blocks;
    }
}
