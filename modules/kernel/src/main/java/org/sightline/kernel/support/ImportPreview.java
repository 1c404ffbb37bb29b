package org.sightline.kernel.support;

import java.util.List;

/**
 * What a CSV import would do, shown to the administrator before anything is written.
 *
 * @param <T> the parsed form of a good row
 */
public record ImportPreview<T>(List<Row<T>> rows, List<String> fileErrors) {

    /** One data row: either a parsed value or the reason it cannot be imported. */
    public record Row<T>(int line, T value, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    public List<Row<T>> goodRows() {
        return rows.stream().filter(Row::ok).toList();
    }

    public List<Row<T>> badRows() {
        return rows.stream().filter(r -> !r.ok()).toList();
    }

    public boolean canImport() {
        return fileErrors.isEmpty() && !goodRows().isEmpty();
    }
}
