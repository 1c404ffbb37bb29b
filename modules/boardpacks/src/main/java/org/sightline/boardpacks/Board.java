package org.sightline.boardpacks;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.VersionedEntity;

/** A board that reads QA packs: its members, and the roles that may assemble its packs. */
@Entity
@Table(name = "bp_board")
public class Board extends VersionedEntity {

    /** Text limits: each is the column's size (or the most kept), the service's check and the form field's maximum. */
    public static final int NAME_MAX = 200;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    /** Packs go out at least this many working days before the meeting. */
    @Column(name = "publish_days_before", nullable = false)
    private int publishDaysBefore = 5;

    @Column(nullable = false)
    private boolean active = true;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "bp_board_member", joinColumns = @JoinColumn(name = "board_id"), inverseJoinColumns = @JoinColumn(name = "person_id"))
    private Set<Person> members = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bp_board_assembler", joinColumns = @JoinColumn(name = "board_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 40)
    private Set<Role> assemblers = EnumSet.noneOf(Role.class);

    protected Board() {
    }

    Board(String name, int publishDaysBefore, Set<Person> members, Set<Role> assemblers) {
        this.name = name;
        this.publishDaysBefore = publishDaysBefore;
        this.members = new HashSet<>(members);
        this.assemblers = assemblers.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(assemblers);
    }

    public boolean mayAssemble(Person p) {
        return assemblers.stream().anyMatch(p::hasRole);
    }

    public String getName() {
        return name;
    }

    public int getPublishDaysBefore() {
        return publishDaysBefore;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Person> getMembers() {
        return members;
    }

    public Set<Role> getAssemblers() {
        return assemblers;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Board b && getId() != null && getId().equals(b.getId());
    }

    @Override
    public int hashCode() {
        return Board.class.hashCode();
    }
}
