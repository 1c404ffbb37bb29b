package org.sightline.kernel.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.sightline.kernel.support.VersionedEntity;

/** A day the council's children's services are closed beyond the bank holidays. */
@Entity
@Table(name = "closure_day")
public class ClosureDay extends VersionedEntity {

    /** Text limits: each is the column's size, the service's check and the form field's maximum. */
    public static final int REASON_MAX = 160;

    @Column(name = "closed_on", nullable = false, unique = true)
    private LocalDate date;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    protected ClosureDay() {
    }

    public ClosureDay(LocalDate date, String reason) {
        this.date = date;
        this.reason = reason;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getReason() {
        return reason;
    }
}
