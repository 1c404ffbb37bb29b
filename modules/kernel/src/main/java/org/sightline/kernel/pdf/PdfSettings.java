package org.sightline.kernel.pdf;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param protectiveMarking shown at the top and bottom of every page (Government Security
 *                          Classifications); OFFICIAL unless configured
 * @param organisation      named in each document's metadata as its producer
 */
@ConfigurationProperties("sightline.pdf")
public record PdfSettings(String protectiveMarking, String organisation) {

    public PdfSettings {
        protectiveMarking = protectiveMarking == null || protectiveMarking.isBlank() ? "OFFICIAL" : protectiveMarking;
        organisation = organisation == null || organisation.isBlank() ? "Children's Services" : organisation;
    }
}
