package org.sightline.boardpacks;

import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.sightline.kernel.support.ValidationException;

/**
 * Checks a paper uploaded into a pack: a real PDF, not too big, not encrypted, with no JavaScript
 * and no embedded files. Every object in the file is looked at, not only the catalogue, so an
 * action hidden on a page or an annotation is found too.
 */
final class UploadCheck {

    static final int MAX_BYTES = 15 * 1024 * 1024;
    private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");

    private UploadCheck() {
    }

    /** The number of pages of a valid upload; otherwise a ValidationException naming the problem. */
    static int pages(String name, byte[] content) {
        if (content == null || content.length == 0) {
            throw ValidationException.of("upload", "Choose a PDF file to upload.");
        }
        if (content.length > MAX_BYTES) {
            throw ValidationException.of("upload", "\"" + name + "\" is " + (content.length / (1024 * 1024)) + " MB; papers can be up to "
                    + (MAX_BYTES / (1024 * 1024)) + " MB.");
        }
        if (content.length < 5 || !new String(content, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw ValidationException.of("upload", "\"" + name + "\" is not a PDF. Save the paper as PDF and upload that.");
        }
        try (PDDocument doc = Loader.loadPDF(content)) {
            if (doc.isEncrypted()) {
                throw ValidationException.of("upload", "\"" + name + "\" is password-protected or encrypted; upload an unprotected copy.");
            }
            for (Map.Entry<COSObjectKey, Long> entry : doc.getDocument().getXrefTable().entrySet()) {
                COSObject object = doc.getDocument().getObjectFromPool(entry.getKey());
                COSBase base = object == null ? null : object.getObject();
                if (base instanceof COSDictionary d) {
                    if (d.containsKey(COSName.JS) || JAVASCRIPT.equals(d.getCOSName(COSName.S))) {
                        throw ValidationException.of("upload", "\"" + name + "\" contains JavaScript, which board packs may not carry. "
                                + "Print it to a new PDF and upload that.");
                    }
                    if (d.containsKey(COSName.EF) || COSName.getPDFName("EmbeddedFiles").equals(d.getCOSName(COSName.TYPE))) {
                        throw ValidationException.of("upload", "\"" + name + "\" has files embedded in it; upload the paper without attachments.");
                    }
                }
            }
            if (doc.getDocumentCatalog().getNames() != null && (doc.getDocumentCatalog().getNames().getJavaScript() != null)) {
                throw ValidationException.of("upload", "\"" + name + "\" contains JavaScript, which board packs may not carry. "
                        + "Print it to a new PDF and upload that.");
            }
            if (doc.getDocumentCatalog().getNames() != null && doc.getDocumentCatalog().getNames().getEmbeddedFiles() != null) {
                throw ValidationException.of("upload", "\"" + name + "\" has files embedded in it; upload the paper without attachments.");
            }
            if (doc.getNumberOfPages() == 0) {
                throw ValidationException.of("upload", "\"" + name + "\" has no pages.");
            }
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw ValidationException.of("upload", "\"" + name + "\" could not be read as a PDF; it may be damaged.");
        }
    }
}
