package org.sightline.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.support.VersionedEntity;

/** A team's supervision timeliness for a month: the share of staff supervised within timescale. */
@Entity
@Table(name = "sv_timeliness")
public class Timeliness extends VersionedEntity {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "team_id")
    private Team team;

    /** The first day of the month ("month" is a reserved word in H2). */
    @Column(name = "for_month", nullable = false)
    private LocalDate month;

    @Column(nullable = false)
    private int percentage;

    protected Timeliness() {
    }

    Timeliness(Team team, LocalDate month, int percentage) {
        this.team = team;
        this.month = month;
        this.percentage = percentage;
    }

    void setPercentage(int percentage) {
        this.percentage = percentage;
    }

    public Team getTeam() { return team; }
    public LocalDate getMonth() { return month; }
    public int getPercentage() { return percentage; }
}
