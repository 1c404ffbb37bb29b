package org.sightline.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Team;
import org.sightline.kernel.support.VersionedEntity;

/** Praise from outside the service: who it came from, who and which teams it praises, and the words. */
@Entity
@Table(name = "cp_compliment")
public class Compliment extends VersionedEntity {

    /** Text limits: each one is the column's size, the service's check and the form field's maximum. */
    public static final int FROM_NAME_MAX = 200;
    /** The words are stored as long text; what a person types is kept to this. */
    public static final int WORDS_MAX = 4000;


    private static final int LONG_TEXT = 100_000_000;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_type", nullable = false, length = 20)
    private ComplimentFrom fromType;

    @Column(name = "from_name", length = FROM_NAME_MAX)
    private String fromName;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "category_id")
    private Category category;

    @Lob
    @Column(nullable = false, length = LONG_TEXT)
    private String words;

    @Column(name = "consent_to_share", nullable = false)
    private boolean consentToShare;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "cp_compliment_person", joinColumns = @JoinColumn(name = "compliment_id"),
            inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> staff = new HashSet<>();

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "cp_compliment_team", joinColumns = @JoinColumn(name = "compliment_id"),
            inverseJoinColumns = @JoinColumn(name = "team_id"))
    private Set<Team> teams = new HashSet<>();

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "recorded_by_id")
    private Person recordedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Compliment() {
    }

    Compliment(LocalDate receivedOn, ComplimentFrom fromType, String fromName, Category category, String words, boolean consentToShare,
               Set<Person> staff, Set<Team> teams, Person recordedBy, Instant createdAt) {
        this.receivedOn = receivedOn;
        this.fromType = fromType;
        this.fromName = fromName;
        this.category = category;
        this.words = words;
        this.consentToShare = consentToShare;
        this.staff = new HashSet<>(staff);
        this.teams = new HashSet<>(teams);
        this.recordedBy = recordedBy;
        this.createdAt = createdAt;
    }

    /** "Compliment for Ann Other, Social Worker, from a parent": how a quote is attributed, never naming the family. */
    public String attribution() {
        String whom = staff.stream().map(p -> p.getFullName() + (p.getJobTitle() == null ? "" : ", " + p.getJobTitle()))
                .sorted().collect(Collectors.joining("; "));
        if (whom.isEmpty()) {
            whom = teams.stream().map(Team::getName).sorted().collect(Collectors.joining(", "));
        }
        String from = switch (fromType) {
            case PARENT -> "a parent";
            case YOUNG_PERSON -> "a young person";
            case CARER -> "a carer";
            case PROFESSIONAL -> "a professional";
            case OTHER -> "a member of the public";
        };
        return (whom.isEmpty() ? "Compliment" : "Compliment for " + whom) + ", from " + from;
    }

    void setConsentToShare(boolean consent) {
        this.consentToShare = consent;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public ComplimentFrom getFromType() {
        return fromType;
    }

    public String getFromName() {
        return fromName;
    }

    public Category getCategory() {
        return category;
    }

    public String getWords() {
        return words;
    }

    public boolean isConsentToShare() {
        return consentToShare;
    }

    public Set<Person> getStaff() {
        return staff;
    }

    public Set<Team> getTeams() {
        return teams;
    }

    public Person getRecordedBy() {
        return recordedBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
