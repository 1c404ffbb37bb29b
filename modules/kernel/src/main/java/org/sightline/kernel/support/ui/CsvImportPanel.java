package org.sightline.kernel.support.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.sightline.kernel.support.ImportPreview;

/**
 * Upload a CSV file, see every row checked, then confirm. Nothing is written before the
 * administrator presses the import button, and only the good rows are imported.
 */
public class CsvImportPanel<T> extends Div {

    /** Reads a CSV into a preview; may fail on an unreadable file. */
    public interface Previewer<T> {
        ImportPreview<T> preview(Reader csv) throws IOException;
    }

    private final Previewer<T> previewer;
    private final ToIntFunction<ImportPreview<T>> importer;
    private final String noun;
    private final Function<T, String> describe;
    private final Div result = new Div();
    private final Button importButton = new Button();
    private ImportPreview<T> preview;

    public CsvImportPanel(String noun, String columnsHelp, Previewer<T> previewer, ToIntFunction<ImportPreview<T>> importer,
                   Function<T, String> describe) {
        this.previewer = previewer;
        this.importer = importer;
        this.noun = noun;
        addClassName("csv-import");

        Paragraph help = new Paragraph(columnsHelp);
        Upload upload = new Upload();
        LimitedUpload.install(upload, 5 * 1024 * 1024, (name, bytes) -> check(new String(bytes, StandardCharsets.UTF_8)), refusal -> {
            result.removeAll();
            result.add(problem(refusal));
            importButton.setVisible(false);
        });
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setDropLabel(new Span("Drop a CSV file here"));
        upload.getElement().setAttribute("aria-label", "Choose a CSV file to check");

        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setVisible(false);
        importButton.addClickListener(e -> confirm());

        this.describe = describe;
        add(help, upload, result, importButton);
    }

    /** Checks the CSV text and shows what would happen. Writes nothing. */
    public void check(String csv) {
        result.removeAll();
        try {
            preview = previewer.preview(new StringReader(csv));
        } catch (IOException e) {
            preview = null;
            result.add(problem("The file could not be read: " + e.getMessage()));
            importButton.setVisible(false);
            return;
        }
        preview.fileErrors().forEach(msg -> result.add(problem(msg)));
        int good = preview.goodRows().size();
        int bad = preview.badRows().size();
        Paragraph summary = new Paragraph(good + " " + plural(good) + " ready to import; "
                + bad + (bad == 1 ? " row has a problem" : " rows have problems") + " and will be left out.");
        summary.addClassName("import-summary");
        result.add(summary);

        if (bad > 0) {
            result.add(new H2("Rows that will not be imported"));
            Grid<ImportPreview.Row<T>> problems = new Grid<>();
            problems.addColumn(ImportPreview.Row::line).setHeader("Line").setFlexGrow(0).setWidth("6em");
            problems.addColumn(ImportPreview.Row::problem).setHeader("Problem");
            problems.setItems(preview.badRows());
            problems.setAllRowsVisible(true);
            problems.addClassName("import-problems");
            result.add(problems);
        }
        if (good > 0) {
            result.add(new H2("Rows ready to import"));
            Grid<ImportPreview.Row<T>> ok = new Grid<>();
            ok.addColumn(ImportPreview.Row::line).setHeader("Line").setFlexGrow(0).setWidth("6em");
            ok.addColumn(r -> describe.apply(r.value())).setHeader(capitalise(noun));
            ok.setItems(preview.goodRows());
            ok.setAllRowsVisible(good <= 50);
            result.add(ok);
        }
        importButton.setText("Import " + good + " " + plural(good));
        importButton.setVisible(preview.canImport());
    }

    private void confirm() {
        if (preview == null || !preview.canImport()) {
            return;
        }
        try {
            int n = importer.applyAsInt(preview);
            Notification.show(n + " " + plural(n) + " imported", 5000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            result.removeAll();
            result.add(new Paragraph(n + " " + plural(n) + " imported."));
            importButton.setVisible(false);
            preview = null;
        } catch (IllegalStateException e) {
            result.addComponentAsFirst(problem(e.getMessage()));
        }
    }

    public ImportPreview<T> currentPreview() {
        return preview;
    }

    public Button importButton() {
        return importButton;
    }

    private String plural(int n) {
        return n == 1 ? noun : noun.equals("person") ? "people" : noun + "s";
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static Component problem(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("error-text");
        p.getElement().setAttribute("role", "alert");
        return p;
    }
}
