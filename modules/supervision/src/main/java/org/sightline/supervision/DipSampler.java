package org.sightline.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sightline.kernel.people.RoleGroup;

/**
 * Each month the PSW dip-samples the supervision of three social workers in their ASYE year.
 * Nobody is picked two months running while others are available; the pick is random but
 * seeded by the month, and once made it is stored, so it never changes under the PSW.
 */
@Service
@Transactional
public class DipSampler {

    public static final int SIZE = 3;

    private final DipSampleRepository samples;
    private final PersonRepository people;
    private final Clock clock;

    public DipSampler(DipSampleRepository samples, PersonRepository people, Clock clock) {
        this.samples = samples;
        this.people = people;
        this.clock = clock;
    }

    @PreAuthorize(RoleGroup.HAS_QA_LEADS)
    public List<Person> thisMonth() {
        return forMonth(LocalDate.now(clock).withDayOfMonth(1));
    }

    @PreAuthorize(RoleGroup.HAS_QA_LEADS)
    public List<Person> forMonth(LocalDate month) {
        LocalDate first = month.withDayOfMonth(1);
        List<DipSample> existing = samples.findByMonth(first);
        if (!existing.isEmpty()) {
            List<Person> stored = existing.stream().map(DipSample::getPerson).toList();
            // The page names each person's supervisor after this transaction has closed.
            stored.forEach(p -> org.hibernate.Hibernate.initialize(p.getLineManager()));
            return stored;
        }
        Set<Long> lastMonth = samples.findByMonth(first.minusMonths(1)).stream().map(s -> s.getPerson().getId()).collect(Collectors.toSet());
        List<Person> eligible = people.findByActiveTrueOrderByFullNameAsc().stream().filter(Person::isAsye).toList();
        Random random = new Random(first.toEpochDay());
        List<Person> fresh = new ArrayList<>(eligible.stream().filter(p -> !lastMonth.contains(p.getId())).toList());
        List<Person> repeat = new ArrayList<>(eligible.stream().filter(p -> lastMonth.contains(p.getId())).toList());
        Collections.shuffle(fresh, random);
        Collections.shuffle(repeat, random);
        List<Person> picked = new ArrayList<>(fresh.subList(0, Math.min(SIZE, fresh.size())));
        // Only when there are too few others does someone from last month's sample come again.
        for (int i = 0; picked.size() < SIZE && i < repeat.size(); i++) {
            picked.add(repeat.get(i));
        }
        picked.forEach(p -> samples.save(new DipSample(first, p)));
        return picked;
    }
}
