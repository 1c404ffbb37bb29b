package org.sightline.kernel.cases;

/**
 * A case as a particular user may see it. {@code childInitials} is empty unless that user is
 * allowed child-level detail for this case.
 */
public record CaseSummary(Long id, String reference, java.util.Optional<String> childInitials, LevelOfNeed levelOfNeed,
                          String teamName, String allocatedWorkerName, boolean open) {
}
