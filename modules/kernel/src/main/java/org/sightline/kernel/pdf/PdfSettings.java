package org.sightline.kernel.pdf;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param protectiveMarking shown at the top and bottom of every page (Government Security
 *                          Classifications); OFFICIAL unless configured
 * @param organisation      named in each document's metadata as its producer
 * @param council           the council's name, on the cover of a board pack
 * @param childLevelMarking the marking of a document that names a child's case; OFFICIAL-SENSITIVE unless configured
 */
@ConfigurationProperties("sightline.pdf")
public record PdfSettings(String protectiveMarking, String organisation, String council, String childLevelMarking) {

    public PdfSettings {
        childLevelMarking = childLevelMarking == null || childLevelMarking.isBlank() ? "OFFICIAL-SENSITIVE" : childLevelMarking;
        council = council == null || council.isBlank() ? "the council" : council;
        protectiveMarking = protectiveMarking == null || protectiveMarking.isBlank() ? "OFFICIAL" : protectiveMarking;
        organisation = organisation == null || organisation.isBlank() ? "Children's Services" : organisation;
    }
}
