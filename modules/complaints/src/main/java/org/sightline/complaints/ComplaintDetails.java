package org.sightline.complaints;

import java.time.LocalDate;

/** What is recorded when a complaint is logged, or corrected later. */
public record ComplaintDetails(LocalDate receivedOn, Channel channel, ComplainantType complainantType, String complainantName,
                               String complainantContact, String caseReference, Long teamId, String summary) {
}
