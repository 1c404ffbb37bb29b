package org.sightline.kernel.audit;

import java.time.LocalDate;

/** An administrator's filter on the audit trail; every part optional. Dates are UK local days, inclusive. */
public record AuditSearch(String actor, String recordType, String recordId, AuditAction action, LocalDate from, LocalDate to) {

    public static AuditSearch everything() {
        return new AuditSearch(null, null, null, null, null, null);
    }
}
