package org.sightline.kernel.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Renders {@link PdfDocument}s as tagged PDF/UA-1: real text in embedded DejaVu Sans, a
 * structure tree from the headings, lists, tables and figures, the document title shown in
 * the viewer's title bar, language en-GB, and bookmarks from the headings.
 *
 * <p>The document is written as XHTML and laid out by openhtmltopdf on PDFBox, which gives
 * tables that split across pages with their header row repeated, and page counters for
 * "Page x of y" in the running footer.
 */
@Component
public class PdfKit {

    static final String FONT_FAMILY = "DejaVu Sans";
    static final String CJK_FAMILY = "Droid Sans Fallback";
    static final String SYMBOLS_FAMILY = "Symbola";
    static final String HANGUL_FAMILY = "Nanum Gothic";

    private final PdfSettings settings;
    private final PdfMarkup markup;
    private final byte[] regular;
    private final byte[] bold;
    private final byte[] italic;
    private final byte[] cjk;
    private final byte[] symbols;
    private final byte[] hangul;

    static {
        com.openhtmltopdf.util.XRLog.setLoggerImpl(new Slf4jXrLogger());
    }

    public PdfKit(PdfSettings settings, Clock clock) {
        this.settings = settings;
        this.markup = new PdfMarkup(settings, clock);
        this.regular = font("DejaVuSans.ttf");
        this.bold = font("DejaVuSans-Bold.ttf");
        this.italic = font("DejaVuSans-Oblique.ttf");
        this.cjk = font("DroidSansFallbackFull.ttf");
        this.symbols = font("Symbola.ttf");
        this.hangul = font("NanumGothic-Hangul.ttf");
    }

    public PdfDocument document(String title) {
        return new PdfDocument(title);
    }

    public PdfSettings settings() {
        return settings;
    }

    public PdfFile renderFile(PdfDocument document) {
        return new PdfFile(PdfFile.fileNameFor(document.title()), render(document));
    }

    public byte[] render(PdfDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(document, out);
        return out.toByteArray();
    }

    public void render(PdfDocument document, OutputStream out) {
        String xhtml = xhtml(document);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePdfUaAccessibility(true);
        builder.useFont(() -> new java.io.ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new java.io.ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.useFont(() -> new java.io.ByteArrayInputStream(italic), FONT_FAMILY, 400, FontStyle.ITALIC, true);
        // Fallbacks for what DejaVu lacks, so a family's name or words print as written: Chinese,
        // Japanese and Korean, then Greek, Cyrillic, emoji and symbols. Loaded only when a page needs them.
        builder.useFont(() -> new java.io.ByteArrayInputStream(cjk), CJK_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new java.io.ByteArrayInputStream(symbols), SYMBOLS_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> new java.io.ByteArrayInputStream(hangul), HANGUL_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useSVGDrawer(new BatikSVGDrawer());
        DefaultObjectDrawerFactory objects = new DefaultObjectDrawerFactory();
        objects.registerDrawer(ChartDrawer.TYPE, new ChartDrawer(document));
        builder.useObjectDrawerFactory(objects);
        builder.withProducer("Sightline — " + settings.organisation());
        builder.withHtmlContent(xhtml, null);
        // Saved without object streams: PDFBox pools every object to compress them, which on a
        // 200-page tagged document (tens of thousands of structure elements) needs more heap
        // than the 256 MB budget. Page content is still Flate-compressed.
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            try (PDDocument pdf = renderer.createPDFKeepOpen()) {
                pdf.save(out, CompressParameters.NO_COMPRESSION);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the PDF " + document.title(), e);
        }
    }

    /** The XHTML that is laid out; public so tests can look at the structure. */
    public String xhtml(PdfDocument d) {
        return markup.xhtml(d);
    }

    private static byte[] font(String name) {
        try (InputStream in = PdfKit.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the kernel jar: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
