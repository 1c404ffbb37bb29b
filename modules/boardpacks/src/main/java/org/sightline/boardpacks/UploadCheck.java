package org.sightline.boardpacks;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.sightline.kernel.support.ValidationException;

/**
 * Checks a paper uploaded into a pack: a real PDF, not too big, not encrypted, and with no
 * active content. Every dictionary and array in the file is walked — those written inline
 * inside another object as well as those on their own — so a script on a page, a link, the
 * opening action or a form is found wherever it sits. The pack itself takes only the pages'
 * content (see {@link PackRenderer}), so this is the first of two guards.
 */
final class UploadCheck {

    static final int MAX_BYTES = 15 * 1024 * 1024;

    private static final Set<COSName> SCRIPT = Set.of(COSName.JS, COSName.getPDFName("JavaScript"));
    private static final Set<COSName> EMBEDDED = Set.of(COSName.EF, COSName.getPDFName("EmbeddedFile"),
            COSName.getPDFName("EmbeddedFiles"));
    private static final Set<COSName> ACTIVE = Set.of(COSName.getPDFName("Launch"), COSName.getPDFName("SubmitForm"),
            COSName.getPDFName("ImportData"), COSName.getPDFName("RichMedia"), COSName.getPDFName("XFA"));

    private UploadCheck() {
    }

    /** The number of pages of a valid upload; otherwise a ValidationException naming the problem. */
    static int pages(String name, byte[] content) {
        if (content == null || content.length == 0) {
            throw ValidationException.of("upload", "Choose a PDF file to upload.");
        }
        if (content.length > MAX_BYTES) {
            throw tooBig(name, content.length);
        }
        if (content.length < 5 || !new String(content, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-")) {
            throw ValidationException.of("upload", "\"" + name + "\" is not a PDF. Save the paper as PDF and upload that.");
        }
        try (PDDocument doc = Loader.loadPDF(content)) {
            if (doc.isEncrypted()) {
                throw ValidationException.of("upload", "\"" + name + "\" is password-protected or encrypted; upload an unprotected copy.");
            }
            Deque<COSBase> toVisit = new ArrayDeque<>();
            toVisit.push(doc.getDocument().getTrailer());
            for (Map.Entry<COSObjectKey, Long> entry : doc.getDocument().getXrefTable().entrySet()) {
                COSObject object = doc.getDocument().getObjectFromPool(entry.getKey());
                if (object != null) {
                    toVisit.push(object);
                }
            }
            walk(name, toVisit);
            if (doc.getNumberOfPages() == 0) {
                throw ValidationException.of("upload", "\"" + name + "\" has no pages.");
            }
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw ValidationException.of("upload", "\"" + name + "\" could not be read as a PDF; it may be damaged.");
        }
    }

    static ValidationException tooBig(String name, long bytes) {
        return ValidationException.of("upload", "\"" + name + "\" is " + Math.max(1, bytes / (1024 * 1024)) + " MB; papers can be up to "
                + (MAX_BYTES / (1024 * 1024)) + " MB.");
    }

    /** Every object reachable from those given, each once: a loop of references cannot hang it. */
    private static void walk(String name, Deque<COSBase> toVisit) {
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!toVisit.isEmpty()) {
            COSBase base = toVisit.pop();
            if (base instanceof COSObject indirect) {
                base = indirect.getObject();
            }
            if (base == null || !seen.add(base)) {
                continue;
            }
            if (base instanceof COSDictionary d) {
                for (Map.Entry<COSName, COSBase> e : d.entrySet()) {
                    refuse(name, e.getKey());
                    if (e.getValue() instanceof COSName value) {
                        refuse(name, value);
                    } else if (e.getValue() != null) {
                        toVisit.push(e.getValue());
                    }
                }
            } else if (base instanceof COSArray a) {
                for (int i = 0; i < a.size(); i++) {
                    COSBase item = a.get(i);
                    if (item instanceof COSName value) {
                        refuse(name, value);
                    } else if (item != null) {
                        toVisit.push(item);
                    }
                }
            }
        }
    }

    private static void refuse(String name, COSName what) {
        if (SCRIPT.contains(what)) {
            throw ValidationException.of("upload", "\"" + name + "\" contains JavaScript, which board packs may not carry. "
                    + "Print it to a new PDF and upload that.");
        }
        if (EMBEDDED.contains(what)) {
            throw ValidationException.of("upload", "\"" + name + "\" has files embedded in it; upload the paper without attachments.");
        }
        if (ACTIVE.contains(what)) {
            throw ValidationException.of("upload", "\"" + name + "\" contains active content (" + what.getName()
                    + "), which board packs may not carry. Print it to a new PDF and upload that.");
        }
    }
}
