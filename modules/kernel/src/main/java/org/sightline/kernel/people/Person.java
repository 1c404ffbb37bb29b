package org.sightline.kernel.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.Set;
import org.sightline.kernel.support.VersionedEntity;

/** A member of staff (or a board member). Sign-in details live in {@code UserAccount}. */
@Entity
@Table(name = "person")
public class Person extends VersionedEntity {

    /** Text limits: each is the column's size, the service's check and the form field's maximum. */
    public static final int NAME_MAX = 160;
    /** The longest address the email standard allows. */
    public static final int EMAIL_MAX = 254;
    public static final int JOB_TITLE_MAX = 160;

    @Column(name = "full_name", nullable = false, length = NAME_MAX)
    private String fullName;

    @Column(nullable = false, unique = true, length = EMAIL_MAX)
    private String email;

    @Column(name = "job_title", length = JOB_TITLE_MAX)
    private String jobTitle;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 40)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "line_manager_id")
    private Person lineManager;

    @Column(nullable = false)
    private boolean active = true;

    /** In the Assessed and Supported Year in Employment: newly qualified, with extra oversight. */
    @Column(nullable = false)
    private boolean asye;

    protected Person() {
    }

    public Person(String fullName, String email) {
        this.fullName = fullName;
        this.email = email;
    }

    public boolean isAsye() {
        return asye;
    }

    public void setAsye(boolean asye) {
        this.asye = asye;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public void setRoles(Set<Role> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public Team getTeam() {
        return team;
    }

    public void setTeam(Team team) {
        this.team = team;
    }

    public Person getLineManager() {
        return lineManager;
    }

    public void setLineManager(Person lineManager) {
        this.lineManager = lineManager;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    /** The person's most senior role, for the header ("Team Manager"). */
    public Role primaryRole() {
        return Role.bySeniority().stream().filter(roles::contains).findFirst().orElse(null);
    }

    @Override
    public boolean equals(Object o) {
        // getId(), not p.id: on a Hibernate proxy the field is empty until initialised.
        return o instanceof Person p && getId() != null && getId().equals(p.getId());
    }

    @Override
    public int hashCode() {
        return Person.class.hashCode();
    }

    @Override
    public String toString() {
        return fullName;
    }
}
