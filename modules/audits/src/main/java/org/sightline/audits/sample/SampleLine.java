package org.sightline.audits.sample;

import org.sightline.kernel.cases.LevelOfNeed;

/** One case in a previewed sample, with the auditors suggested for it (changeable). */
public record SampleLine(long caseId, String reference, String teamName, String serviceAreaName, LevelOfNeed levelOfNeed,
                         String practitionerName, Long leadId, String leadName, Long peerId, String peerName) {

    public SampleLine withPeer(Long id, String name) {
        return new SampleLine(caseId, reference, teamName, serviceAreaName, levelOfNeed, practitionerName, leadId, leadName, id, name);
    }
}
