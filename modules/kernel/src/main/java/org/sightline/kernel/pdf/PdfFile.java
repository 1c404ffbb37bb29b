package org.sightline.kernel.pdf;

/** A rendered PDF and the file name it is offered under. */
public record PdfFile(String fileName, byte[] content) {

    public PdfFile {
        if (!fileName.endsWith(".pdf")) {
            throw new IllegalArgumentException("PDF file names end in .pdf");
        }
    }

    /** A file name from a title: lower case, words joined by hyphens. */
    public static String fileNameFor(String title) {
        String slug = title.toLowerCase(java.util.Locale.UK).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.isEmpty() ? "document" : slug) + ".pdf";
    }
}
