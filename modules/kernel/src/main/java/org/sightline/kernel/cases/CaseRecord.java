package org.sightline.kernel.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.support.VersionedEntity;

/**
 * A reference to a child's case in the council's case-management system. The case itself is
 * not copied: only its reference, the child's initials, level of need, team and worker.
 * {@link #getChildInitials()} is child-level data: read it through {@link CaseService}.
 */
@Entity
@Table(name = "case_record")
public class CaseRecord extends VersionedEntity {

    /** The longest case reference: the column's size, and the most a reference field takes. */
    public static final int REFERENCE_MAX = 40;

    @Column(nullable = false, unique = true, length = REFERENCE_MAX)
    private String reference;

    @Column(name = "child_initials", nullable = false, length = 12)
    private String childInitials;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_of_need", nullable = false, length = 30)
    private LevelOfNeed levelOfNeed;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "team_id", nullable = false)
    private Team team;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "allocated_worker_id")
    private Person allocatedWorker;

    @Column(name = "is_open", nullable = false)
    private boolean open = true;

    protected CaseRecord() {
    }

    public CaseRecord(String reference, String childInitials, LevelOfNeed levelOfNeed, Team team, Person allocatedWorker) {
        this.reference = reference;
        this.childInitials = childInitials;
        this.levelOfNeed = levelOfNeed;
        this.team = team;
        this.allocatedWorker = allocatedWorker;
    }

    public String getReference() { return reference; }
    String getChildInitials() { return childInitials; }
    public LevelOfNeed getLevelOfNeed() { return levelOfNeed; }
    public void setLevelOfNeed(LevelOfNeed levelOfNeed) { this.levelOfNeed = levelOfNeed; }
    public Team getTeam() { return team; }
    public void setTeam(Team team) { this.team = team; }
    public Person getAllocatedWorker() { return allocatedWorker; }
    public void setAllocatedWorker(Person allocatedWorker) { this.allocatedWorker = allocatedWorker; }
    public boolean isOpen() { return open; }
    public void setOpen(boolean open) { this.open = open; }
}
