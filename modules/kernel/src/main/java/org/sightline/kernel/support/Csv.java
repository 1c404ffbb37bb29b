package org.sightline.kernel.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A small RFC 4180 reader: commas, double-quoted fields with doubled quotes inside, and line
 * breaks inside quotes. Each record keeps the file line it started on, so import errors can
 * point at the line a person sees in their spreadsheet.
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

    public static List<Line> read(Reader source) throws IOException {
        BufferedReader in = new BufferedReader(source);
        List<Line> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean atStart = true;
        int lineNo = 1;
        int recordStart = 1;
        int c;
        boolean first = true;
        while ((c = in.read()) != -1) {
            if (first && c == '\uFEFF') { // a byte-order mark from Excel
                first = false;
                continue;
            }
            first = false;
            if (quoted) {
                if (c == '"') {
                    in.mark(1);
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            in.reset();
                        }
                    }
                } else {
                    if (c == '\n') {
                        lineNo++;
                    }
                    field.append((char) c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (atStart) {
                        quoted = true;
                    } else {
                        field.append('"');
                    }
                    atStart = false;
                }
                case ',' -> {
                    fields.add(field.toString());
                    field.setLength(0);
                    atStart = true;
                }
                case '\r' -> {
                    // part of CRLF; the \n ends the record
                }
                case '\n' -> {
                    fields.add(field.toString());
                    lines.add(new Line(recordStart, List.copyOf(fields)));
                    fields.clear();
                    field.setLength(0);
                    atStart = true;
                    lineNo++;
                    recordStart = lineNo;
                }
                default -> {
                    field.append((char) c);
                    atStart = false;
                }
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            lines.add(new Line(recordStart, List.copyOf(fields)));
        }
        return lines;
    }
}
