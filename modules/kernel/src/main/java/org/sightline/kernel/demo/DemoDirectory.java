package org.sightline.kernel.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.sightline.kernel.cases.CaseRecord;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.people.Team;

/**
 * The invented organisation the kernel's demo data created, handed to each module's demo data
 * so their records refer to the same people, teams and cases. {@code random} is seeded, so the
 * demo is the same on every fresh start.
 */
public record DemoDirectory(List<Team> teams, List<Person> people, List<CaseRecord> cases, Random random, LocalDate today) {

    public List<Person> withRole(Role role) {
        return people.stream().filter(p -> p.hasRole(role)).toList();
    }

    public Person byEmailPrefix(String prefix) {
        return people.stream().filter(p -> p.getEmail().startsWith(prefix + "@")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No demo person " + prefix));
    }
}
