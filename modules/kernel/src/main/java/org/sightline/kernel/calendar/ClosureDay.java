package org.sightline.kernel.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A day the council's children's services are closed beyond the bank holidays. */
@Entity
@Table(name = "closure_day")
public class ClosureDay {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "closed_on", nullable = false, unique = true)
    private LocalDate date;

    @Column(nullable = false, length = 160)
    private String reason;

    protected ClosureDay() {
    }

    public ClosureDay(LocalDate date, String reason) {
        this.date = date;
        this.reason = reason;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getReason() {
        return reason;
    }
}
