package org.sightline.boardpacks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.pdf.PdfDocument;
import org.sightline.kernel.pdf.PdfKit;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.support.Formats;
import org.springframework.stereotype.Component;

/**
 * Lays a pack out as one document — cover, contents, then each section on a new page — so the
 * contents' page numbers, the bookmarks and "Page x of y" come from one layout and agree.
 * Uploaded papers are given placeholder pages in that layout, which are then swapped for the
 * paper's own pages, stamped with the same running header and footer.
 */
@Component
public class PackRenderer {

    /** The PDF and its page count. */
    public record Rendered(byte[] pdf, int pages) {
    }

    private static final String PLACEHOLDER = "SIGHTLINE-UPLOAD-PLACEHOLDER-";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private final PdfKit kit;
    private final ExportService exports;

    public PackRenderer(PdfKit kit, ExportService exports) {
        this.kit = kit;
        this.exports = exports;
    }

    public static String title(Meeting m) {
        // The date never breaks across lines.
        return m.getBoard().getName() + ": meeting pack, " + Formats.date(m.getMeetsOn()).replace(' ', '\u00A0');
    }

    /** An agenda item: numbered as on the agenda, with its paper if the pack has one. */
    record Item(int number, String title, PackSection section) {
    }

    /**
     * The agenda in its order, each line matched to the pack section of the same title; items with
     * no section are taken verbally; sections not on the agenda follow, numbered on.
     */
    static List<Item> agenda(Meeting m, List<PackSection> sections) {
        List<Item> items = new ArrayList<>();
        List<PackSection> left = new ArrayList<>(sections);
        int n = 0;
        for (String line : m.getAgenda() == null ? List.<String>of() : m.getAgenda().lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            PackSection match = left.stream().filter(s -> s.getTitle().strip().equalsIgnoreCase(line)).findFirst().orElse(null);
            left.remove(match);
            items.add(new Item(++n, line, match));
        }
        for (PackSection s : left) {
            items.add(new Item(++n, s.getTitle(), s));
        }
        return items;
    }

    /** Builds the document; {@code uploads} maps a section to its uploaded bytes. */
    PdfDocument document(Pack pack, Map<Long, byte[]> uploads) {
        Meeting m = pack.getMeeting();
        List<Item> items = agenda(m, pack.getSections());
        PdfDocument doc = kit.document(title(m)).coverPage()
                .subtitle(m.getBoard().getName())
                .subject("Papers for the meeting of " + Formats.date(m.getMeetsOn()))
                .fact("Council", kit.settings().council())
                .fact("Meeting", Formats.date(m.getMeetsOn()) + " at " + m.getStartsAt().format(TIME)
                        + (m.getVenue() == null ? "" : ", " + m.getVenue()))
                .fact("Edition", pack.getEdition() == 1 ? "First edition" : "Edition " + pack.getEdition()
                        + (pack.getCorrectionNote() == null ? "" : ": " + pack.getCorrectionNote()));
        // The agenda is the contents: on the cover, each item with who presents it and the page its paper starts on.
        List<String[]> entries = new ArrayList<>();
        for (Item i : items) {
            PackSection s = i.section();
            entries.add(s == null ? new String[] {i.number() + ". " + i.title() + " (verbal, no paper)", null}
                    : new String[] {i.number() + ". " + i.title() + (s.isUpload() ? " (paper as supplied)" : "")
                    + (s.getPresenter() == null ? "" : ", presented by " + s.getPresenter()), doc.nextSectionAnchor(s.getPosition())});
        }
        doc.contents("Agenda", entries);
        for (Item i : items) {
            PackSection s = i.section();
            if (s == null) {
                continue;
            }
            List<String> note = new ArrayList<>(s.noteParagraphs());
            doc.section(i.number() + ". " + s.getTitle(), doc.nextSectionAnchor(s.getPosition()), s.getPresenter(), note);
            if (s.isUpload()) {
                int pages = s.getUploadPages() == null ? 0 : s.getUploadPages();
                doc.note("The paper \"" + s.getUploadName() + "\" follows as supplied (" + pages + (pages == 1 ? " page" : " pages")
                        + "). It was not produced by Sightline and may not be accessible to screen readers.");
                for (int k = 0; k < pages; k++) {
                    doc.pageBreak();
                    doc.paragraph(PLACEHOLDER + s.getPosition() + "-" + k);
                }
            } else if (s.getExporterId() != null) {
                doc.include(exports.build(s.getExporterId(), new ReportPeriod(s.getPeriodFrom(), s.getPeriodTo()), m.getMeetsOn()));
            }
        }
        return doc;
    }

    public Rendered render(Pack pack, Map<Long, byte[]> uploads) {
        byte[] laidOut = kit.render(document(pack, uploads));
        boolean anyUpload = pack.getSections().stream().anyMatch(PackSection::isUpload);
        if (!anyUpload) {
            try (PDDocument pdf = Loader.loadPDF(laidOut)) {
                return new Rendered(laidOut, pdf.getNumberOfPages());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return swapPlaceholders(laidOut, pack, uploads);
    }

    private Rendered swapPlaceholders(byte[] laidOut, Pack pack, Map<Long, byte[]> uploads) {
        Map<Integer, PackSection> byPosition = new HashMap<>();
        pack.getSections().forEach(s -> byPosition.put(s.getPosition(), s));
        List<PDDocument> opened = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(laidOut)) {
            PDFTextStripper text = new PDFTextStripper();
            int total = pdf.getNumberOfPages();
            PDType0Font font = PDType0Font.load(pdf, font("DejaVuSans.ttf"), true);
            String marking = kit.settings().protectiveMarking();
            for (int i = 0; i < total; i++) {
                text.setStartPage(i + 1);
                text.setEndPage(i + 1);
                String pageText = text.getText(pdf);
                int at = pageText.indexOf(PLACEHOLDER);
                if (at < 0) {
                    continue;
                }
                String[] ref = pageText.substring(at + PLACEHOLDER.length()).strip().split("\\s")[0].split("-");
                PackSection s = byPosition.get(Integer.parseInt(ref[0]));
                int k = Integer.parseInt(ref[1]);
                PDDocument source = Loader.loadPDF(uploads.get(s.getId()));
                opened.add(source);
                PDPage original = source.getPage(k);
                // Inherited attributes are made explicit before the page leaves its own page tree;
                // its links into the source's structure tree are dropped (the paper is untagged here).
                PDRectangle media = original.getMediaBox();
                PDRectangle crop = original.getCropBox();
                var resources = original.getResources();
                int rotation = original.getRotation();
                PDPage supplied = new PDPage(original.getCOSObject());
                supplied.setResources(resources);
                supplied.setMediaBox(media);
                supplied.setCropBox(crop);
                supplied.setRotation(rotation);
                supplied.getCOSObject().removeItem(COSName.STRUCT_PARENTS);
                // Only what the page shows goes into the pack: no links, form fields, comments or
                // page actions, whatever the upload check let through.
                supplied.getCOSObject().removeItem(COSName.ANNOTS);
                supplied.getCOSObject().removeItem(COSName.AA);
                PDPage placeholder = pdf.getPage(i);
                pdf.getPages().insertBefore(supplied, placeholder);
                pdf.getPages().remove(placeholder);
                stamp(pdf, supplied, font, marking, title(pack.getMeeting()), i + 1, total);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(laidOut.length * 2);
            pdf.save(out, CompressParameters.NO_COMPRESSION);
            return new Rendered(out.toByteArray(), pdf.getNumberOfPages());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not assemble the pack", e);
        } finally {
            for (PDDocument d : opened) {
                try {
                    d.close();
                } catch (IOException ignored) {
                    // Closing a read-only source cannot lose anything.
                }
            }
        }
    }

    /** The running header and "Page x of y" over a supplied page, marked as artifacts (pagination, not content). */
    private static void stamp(PDDocument pdf, PDPage page, PDType0Font font, String marking, String title, int number, int total)
            throws IOException {
        PDRectangle box = page.getMediaBox();
        try (PDPageContentStream cs = new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
            cs.beginMarkedContent(COSName.ARTIFACT);
            cs.setNonStrokingColor(1f, 1f, 1f);
            cs.addRect(0, 0, box.getWidth(), 18);
            cs.addRect(0, box.getHeight() - 16, box.getWidth(), 16);
            cs.fill();
            cs.setNonStrokingColor(0.12f, 0.16f, 0.2f);
            cs.beginText();
            cs.setFont(font, 8);
            String footer = "Page " + number + " of " + total;
            cs.newLineAtOffset(box.getWidth() - 45 - font.getStringWidth(footer) / 1000 * 8, 7);
            cs.showText(footer);
            cs.endText();
            cs.beginText();
            cs.setFont(font, 8);
            cs.newLineAtOffset(45, 7);
            cs.showText(title + "  \u2014  " + marking);
            cs.endText();
            cs.beginText();
            cs.setFont(font, 8);
            cs.newLineAtOffset(box.getWidth() / 2 - font.getStringWidth(marking) / 1000 * 4, box.getHeight() - 11);
            cs.showText(marking);
            cs.endText();
            cs.endMarkedContent();
        }
    }

    private static InputStream font(String name) {
        InputStream in = PdfKit.class.getResourceAsStream("fonts/" + name);
        if (in == null) {
            throw new IllegalStateException("Font missing from the kernel jar: " + name);
        }
        return in;
    }
}
