package org.sightline.kernel.people;

import java.util.EnumSet;
import java.util.Set;

/**
 * The editable fields of a person, as a form binds them. {@code id} is null for a new person;
 * {@code version} is the version the editor started from, checked on save.
 */
public class PersonDetails {
    private Long id;
    private Long version;
    private String fullName = "";
    private String email = "";
    private String jobTitle = "";
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private Team team;
    private Person lineManager;
    private boolean active = true;
    private boolean asye;

    public static PersonDetails of(Person p) {
        PersonDetails d = new PersonDetails();
        d.id = p.getId();
        d.version = p.getVersion();
        d.fullName = p.getFullName();
        d.email = p.getEmail();
        d.jobTitle = p.getJobTitle() == null ? "" : p.getJobTitle();
        d.roles = p.getRoles();
        d.team = p.getTeam();
        d.lineManager = p.getLineManager();
        d.active = p.isActive();
        d.asye = p.isAsye();
        return d;
    }

    public Long getId() { return id; }
    public Long getVersion() { return version; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getJobTitle() { return jobTitle; }
    public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles == null ? EnumSet.noneOf(Role.class) : roles; }
    public Team getTeam() { return team; }
    public void setTeam(Team team) { this.team = team; }
    public Person getLineManager() { return lineManager; }
    public void setLineManager(Person lineManager) { this.lineManager = lineManager; }
    public boolean isActive() { return active; }
    public boolean isAsye() { return asye; }
    public void setAsye(boolean asye) { this.asye = asye; }
    public void setActive(boolean active) { this.active = active; }
}
