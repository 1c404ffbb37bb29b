package org.sightline.kernel.support;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The portal's formatted text: paragraphs separated by a blank line, and lines starting with
 * "- " or "* " as bullet points. Text is stored exactly as people typed it — angle brackets,
 * ampersands and all — and never interpreted as markup: screens show it through text
 * components and the PDF kit escapes it, so "&lt;name withheld&gt;" reads as typed and
 * "&lt;script&gt;" is only ever words on the page.
 */
public final class Markup {

    public sealed interface Block permits Paragraph, Bullets {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Bullets(List<String> items) implements Block {
    }

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*\u2022]\\s+(.*)$");

    private Markup() {
    }

    /**
     * The text as typed, with line endings made "\n", invisible control characters (other than
     * tab and line feed) dropped and surrounding blank space stripped; null stays null. Nothing
     * between angle brackets is touched.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        s = CONTROL.matcher(s).replaceAll("");
        return s.strip();
    }

    /** Paragraphs and bullet lists, in order. */
    public static List<Block> blocks(String text) {
        List<Block> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        StringBuilder para = new StringBuilder();
        List<String> bullets = new ArrayList<>();
        for (String line : text.replace("\r\n", "\n").split("\n", -1)) {
            var m = BULLET.matcher(line);
            if (m.matches()) {
                flush(out, para);
                bullets.add(m.group(1).strip());
            } else if (line.isBlank()) {
                flush(out, para);
                flushBullets(out, bullets);
            } else if (!bullets.isEmpty() && Character.isWhitespace(line.charAt(0))) {
                // An indented line continues the bullet above it.
                bullets.set(bullets.size() - 1, bullets.getLast() + " " + line.strip());
            } else {
                flushBullets(out, bullets);
                para.append(para.isEmpty() ? "" : " ").append(line.strip());
            }
        }
        flush(out, para);
        flushBullets(out, bullets);
        return out;
    }

    /** Every bullet point and paragraph as one list of items, for counting and for short summaries. */
    public static List<String> items(String text) {
        List<String> items = new ArrayList<>();
        for (Block b : blocks(text)) {
            switch (b) {
                case Paragraph p -> items.add(p.text());
                case Bullets l -> items.addAll(l.items());
            }
        }
        return items;
    }

    private static void flush(List<Block> out, StringBuilder para) {
        if (!para.isEmpty()) {
            out.add(new Paragraph(para.toString()));
            para.setLength(0);
        }
    }

    private static void flushBullets(List<Block> out, List<String> bullets) {
        if (!bullets.isEmpty()) {
            out.add(new Bullets(List.copyOf(bullets)));
            bullets.clear();
        }
    }
}
