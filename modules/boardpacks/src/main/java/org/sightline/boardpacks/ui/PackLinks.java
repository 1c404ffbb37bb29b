package org.sightline.boardpacks.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/** Links to a pack's PDF: to read in the browser (a new tab), or to download. */
final class PackLinks {

    private PackLinks() {
    }

    static Anchor read(String text, String fileName, Supplier<byte[]> pdf) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = pdf.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
        }).inline(), text);
        a.setTarget(AnchorTarget.BLANK);
        a.getElement().setAttribute("aria-label", text + " (opens in a new tab)");
        return a;
    }

    static Anchor download(String text, String fileName, Supplier<byte[]> pdf) {
        Anchor a = new Anchor(DownloadHandler.fromInputStream(e -> {
            byte[] bytes = pdf.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
        }), text);
        a.addClassName("download-link");
        return a;
    }
}
