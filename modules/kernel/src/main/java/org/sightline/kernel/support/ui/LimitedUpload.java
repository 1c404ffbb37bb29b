package org.sightline.kernel.support.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * An upload held in memory up to a limit, refused as soon as it is known to be over it: from
 * its declared size before a byte is read, or after the first byte past the limit arrives — a
 * 60 MB file is never read whole to be refused. The browser is told the limit too, so most
 * files too big never leave the user's machine. Results reach the view under the UI's lock.
 */
public final class LimitedUpload implements UploadHandler {

    /** What reading an upload gave: its bytes, or why it was refused. */
    public record Received(String fileName, byte[] bytes, String refusal) {
        public boolean refused() {
            return refusal != null;
        }
    }

    private final long maxBytes;
    private final BiConsumer<String, byte[]> onReceived;
    private final Consumer<String> onRefused;

    private LimitedUpload(long maxBytes, BiConsumer<String, byte[]> onReceived, Consumer<String> onRefused) {
        this.maxBytes = maxBytes;
        this.onReceived = onReceived;
        this.onRefused = onRefused;
    }

    /**
     * Sets the upload to hold one file of at most {@code maxBytes}. {@code onReceived} gets the
     * file name and bytes; {@code onRefused} a sentence to show beside the upload.
     */
    public static void install(Upload upload, long maxBytes, BiConsumer<String, byte[]> onReceived, Consumer<String> onRefused) {
        upload.setUploadHandler(new LimitedUpload(maxBytes, onReceived, onRefused));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.addFileRejectedListener(e -> onRefused.accept(tooBig(e.getFileName(), -1, maxBytes)));
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        Received r = read(event.getFileName(), event.getFileSize(), event::getInputStream, maxBytes);
        if (r.refused()) {
            event.reject(r.refusal());
        }
        UI ui = event.getUI();
        ui.access(() -> {
            if (r.refused()) {
                onRefused.accept(r.refusal());
            } else {
                onReceived.accept(r.fileName(), r.bytes());
            }
        });
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        // Room for the multipart headers around one file.
        return maxBytes + 64 * 1024;
    }

    /** Reads at most one byte past the limit; a declared size over the limit is refused unread. */
    public static Received read(String fileName, long declaredSize, java.util.function.Supplier<InputStream> content, long maxBytes)
            throws IOException {
        if (declaredSize > maxBytes) {
            return new Received(fileName, null, tooBig(fileName, declaredSize, maxBytes));
        }
        try (InputStream in = content.get()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                return new Received(fileName, null, tooBig(fileName, -1, maxBytes));
            }
            return new Received(fileName, bytes, null);
        }
    }

    static String tooBig(String fileName, long size, long maxBytes) {
        String limit = megabytes(maxBytes);
        return "\"" + fileName + "\" is " + (size > 0 ? megabytes(size) : "larger than " + limit) + "; files can be up to " + limit + ".";
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return (mb == Math.rint(mb) ? String.valueOf((long) mb) : String.format(Locale.UK, "%.1f", mb)) + " MB";
    }
}
