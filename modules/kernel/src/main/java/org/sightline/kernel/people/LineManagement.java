package org.sightline.kernel.people;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Who manages whom, for the access rules of the quality-assurance records. */
public final class LineManagement {

    private LineManagement() {
    }

    /** Everyone managed by {@code me}, directly or further down the line (ids). */
    public static Set<Long> lineOf(Person me, List<Person> everyone) {
        Map<Long, List<Person>> reports = everyone.stream().filter(p -> p.getLineManager() != null)
                .collect(Collectors.groupingBy(p -> p.getLineManager().getId()));
        Set<Long> line = new HashSet<>();
        ArrayDeque<Long> queue = new ArrayDeque<>(List.of(me.getId()));
        while (!queue.isEmpty()) {
            for (Person r : reports.getOrDefault(queue.poll(), List.of())) {
                if (line.add(r.getId())) {
                    queue.add(r.getId());
                }
            }
        }
        line.remove(me.getId());
        return line;
    }

    /**
     * Those who read every observation and supervision audit across the service: the QA team,
     * the PSW, the Assistant Director, the Director and administrators.
     */
    public static boolean seesWholeService(Person p) {
        return p.hasRole(Role.QA_OFFICER) || p.hasRole(Role.PRINCIPAL_SOCIAL_WORKER) || p.hasRole(Role.ASSISTANT_DIRECTOR)
                || p.hasRole(Role.DIRECTOR) || p.hasRole(Role.ADMINISTRATOR);
    }
}
