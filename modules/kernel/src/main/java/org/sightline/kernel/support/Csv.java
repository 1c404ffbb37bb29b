package org.sightline.kernel.support;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV files read with Apache Commons CSV. Each record keeps the file line it started on, so import
 * errors can point at the line a person sees in their spreadsheet.
 */
public final class Csv {

    public record Line(int number, List<String> fields) {
        public String field(int i) {
            return i < fields.size() ? fields.get(i).strip() : "";
        }

        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** The column positions named by a header line, matched without regard to case or spaces. */
    public record Header(java.util.Map<String, Integer> positions) {
        public static Header of(Line line) {
            java.util.Map<String, Integer> positions = new java.util.HashMap<>();
            for (int i = 0; i < line.fields().size(); i++) {
                positions.put(line.fields().get(i).strip().toLowerCase(java.util.Locale.ROOT), i);
            }
            return new Header(positions);
        }

        public boolean has(String column) {
            return positions.containsKey(column);
        }

        /** The named field of {@code line}, stripped; empty when the column or field is absent. */
        public String get(Line line, String column) {
            Integer i = positions.get(column);
            return i == null ? "" : line.field(i);
        }
    }

    private Csv() {
    }

    /**
     * Reads every record of an RFC 4180 file (commas, double-quoted fields with doubled quotes and
     * line breaks inside, an Excel byte-order mark). A quoted field left open is refused with the
     * line it started on, rather than swallowing the rest of the file.
     */
    public static List<Line> read(Reader source) throws IOException {
        StringWriter all = new StringWriter();
        source.transferTo(all);
        String text = all.toString();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        LineNumbers lineOf = new LineNumbers(text);
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                lines.add(new Line(lineOf.at(record.getCharacterPosition()), record.toList()));
            }
        } catch (UncheckedIOException | IOException e) {
            int line = lines.isEmpty() ? 1 : lines.getLast().number() + 1;
            throw new IOException("A quoted field that starts on or after line " + line
                    + " is never closed: check for a missing closing quote mark (\").", e);
        }
        return lines;
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    /** Line numbers (from 1) of character positions in a text. */
    private static final class LineNumbers {
        private final int[] starts;

        LineNumbers(String text) {
            List<Integer> s = new ArrayList<>();
            s.add(0);
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    s.add(i + 1);
                }
            }
            starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        int at(long position) {
            int i = java.util.Arrays.binarySearch(starts, (int) position);
            return (i >= 0 ? i : -i - 2) + 1;
        }
    }
}
