package org.sightline.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.support.AbstractEntity;

/** One ASYE social worker picked for the PSW's dip sample in a month. */
@Entity
@Table(name = "sv_dip_sample")
public class DipSample extends AbstractEntity {

    /** The first day of the month. */
    @Column(name = "sample_month", nullable = false)
    private LocalDate month;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    protected DipSample() {
    }

    DipSample(LocalDate month, Person person) {
        this.month = month;
        this.person = person;
    }

    public LocalDate getMonth() { return month; }
    public Person getPerson() { return person; }
}
