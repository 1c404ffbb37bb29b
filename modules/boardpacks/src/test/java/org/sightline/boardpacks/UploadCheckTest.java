package org.sightline.boardpacks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.function.Consumer;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.sightline.kernel.support.ValidationException;

/**
 * Active content is refused wherever it is written: inline in another object as well as on its
 * own. Each case builds a small PDF with PDFBox, with the offending dictionary written directly
 * (inline) into its parent.
 */
class UploadCheckTest {

    enum Active {
        OPEN_ACTION_SCRIPT_INLINE("contains JavaScript", d -> d.getDocumentCatalog().getCOSObject()
                .setItem(COSName.OPEN_ACTION, inline(action("JavaScript", COSName.JS, new COSString("app.alert(1)"))))),
        PAGE_ACTION_SCRIPT("contains JavaScript", d -> {
            COSDictionary aa = inline(new COSDictionary());
            aa.setItem(COSName.getPDFName("O"), inline(action("JavaScript", COSName.JS, new COSString("this.print()"))));
            d.getPage(0).getCOSObject().setItem(COSName.AA, aa);
        }),
        LINK_SCRIPT(
                "contains JavaScript", d -> d.getPage(0).getCOSObject().setItem(COSName.ANNOTS, annots(link(action("JavaScript", COSName.JS,
                new COSString("app.launchURL('x')")))))),
        ATTACHED_FILE_INLINE("files embedded", d -> {
            COSDictionary ef = inline(new COSDictionary());
            ef.setItem(COSName.F, inline(new COSDictionary()));
            COSDictionary spec = inline(new COSDictionary());
            spec.setItem(COSName.TYPE, COSName.getPDFName("Filespec"));
            spec.setItem(COSName.EF, ef);
            COSDictionary annot = inline(new COSDictionary());
            annot.setItem(COSName.SUBTYPE, COSName.getPDFName("FileAttachment"));
            annot.setItem(COSName.FS, spec);
            d.getPage(0).getCOSObject().setItem(COSName.ANNOTS, annots(annot));
        }),
        XFA_FORM("active content (XFA)", d -> {
            COSDictionary form = inline(new COSDictionary());
            form.setItem(COSName.FIELDS, new COSArray());
            form.setItem(COSName.getPDFName("XFA"), new COSString("<xdp:xdp><script>xfa.host.messageBox('x')</script></xdp:xdp>"));
            d.getDocumentCatalog().getCOSObject().setItem(COSName.ACRO_FORM, form);
        }),
        LAUNCH("active content (Launch)", d -> d.getDocumentCatalog().getCOSObject()
                .setItem(COSName.OPEN_ACTION, inline(action("Launch", COSName.F, new COSString("cmd.exe"))))),
        SUBMIT_FORM("active content (SubmitForm)", d -> d.getPage(0).getCOSObject()
                .setItem(COSName.ANNOTS, annots(link(action("SubmitForm", COSName.F, new COSString("https://example.org/x")))))),
        IMPORT_DATA("active content (ImportData)", d -> d.getDocumentCatalog().getCOSObject()
                .setItem(COSName.OPEN_ACTION, inline(action("ImportData", COSName.F, new COSString("data.fdf"))))),
        RICH_MEDIA("active content (RichMedia)", d -> {
            COSDictionary annot = inline(new COSDictionary());
            annot.setItem(COSName.SUBTYPE, COSName.getPDFName("RichMedia"));
            d.getPage(0).getCOSObject().setItem(COSName.ANNOTS, annots(annot));
        });

        final String says;
        final Consumer<PDDocument> plant;

        Active(String says, Consumer<PDDocument> plant) {
            this.says = says;
            this.plant = plant;
        }
    }

    @ParameterizedTest
    @EnumSource(Active.class)
    void activeContentIsRefusedWhereverItIsWritten(Active kind) throws Exception {
        byte[] pdf = pdf(kind.plant);
        assertThatThrownBy(() -> UploadCheck.pages("paper.pdf", pdf)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get("upload")).startsWith("\"paper.pdf\"").contains(kind.says));
    }

    @Test
    void aPlainPaperWithAnOrdinaryWebLinkIsAccepted() throws Exception {
        COSDictionary uri = new COSDictionary();
        uri.setItem(COSName.S, COSName.getPDFName("URI"));
        uri.setItem(COSName.URI, new COSString("https://www.example.org/"));
        byte[] pdf = pdf(d -> d.getPage(0).getCOSObject().setItem(COSName.ANNOTS, annots(link(uri))));
        assertThat(UploadCheck.pages("paper.pdf", pdf)).isEqualTo(1);
    }

    @Test
    void aReferenceLoopDoesNotHangTheCheck() throws Exception {
        byte[] pdf = pdf(d -> {
            COSDictionary a = new COSDictionary();
            COSDictionary b = new COSDictionary();
            a.setItem(COSName.getPDFName("Next"), b);
            b.setItem(COSName.getPDFName("Next"), a);
            d.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Loop"), a);
        });
        assertThat(UploadCheck.pages("paper.pdf", pdf)).isEqualTo(1);
    }

    static COSDictionary inline(COSDictionary d) {
        d.setDirect(true);
        return d;
    }

    static COSDictionary action(String type, COSName key, COSString value) {
        COSDictionary a = inline(new COSDictionary());
        a.setItem(COSName.TYPE, COSName.getPDFName("Action"));
        a.setItem(COSName.S, COSName.getPDFName(type));
        a.setItem(key, value);
        return a;
    }

    static COSDictionary link(COSDictionary action) {
        COSDictionary annot = inline(new COSDictionary());
        annot.setItem(COSName.TYPE, COSName.ANNOT);
        annot.setItem(COSName.SUBTYPE, COSName.LINK);
        annot.setItem(COSName.RECT, new COSArray(java.util.List.of(
                org.apache.pdfbox.cos.COSInteger.get(72), org.apache.pdfbox.cos.COSInteger.get(72),
                org.apache.pdfbox.cos.COSInteger.get(200), org.apache.pdfbox.cos.COSInteger.get(90))));
        annot.setItem(COSName.A, action);
        return annot;
    }

    static COSArray annots(COSDictionary annot) {
        COSArray a = new COSArray();
        a.add(annot);
        a.setDirect(true);
        return a;
    }

    static byte[] pdf(Consumer<PDDocument> plant) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("A paper for the board");
                cs.endText();
            }
            plant.accept(doc);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out, org.apache.pdfbox.pdfwriter.compress.CompressParameters.NO_COMPRESSION);
            return out.toByteArray();
        }
    }
}
