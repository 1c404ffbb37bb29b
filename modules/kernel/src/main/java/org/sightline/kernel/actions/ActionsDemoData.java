package org.sightline.kernel.actions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.sightline.kernel.demo.DemoDirectory;
import org.sightline.kernel.module.DemoDataContributor;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.springframework.stereotype.Component;

/**
 * Invented actions for the embedded demo: open, overdue, done and cancelled, as the QA
 * programme would raise them. No links back: the demo's source records are described, not
 * present, until their modules are built.
 */
@Component
class ActionsDemoData implements DemoDataContributor {

    private static final String[][] ACTIONS = {
            {"Update the child's plan to include the school's views", "audits", "Case audit, October 2026"},
            {"Record management oversight of the last strategy discussion", "audits", "Case audit, September 2026"},
            {"Arrange the child's review health assessment", "audits", "Case audit, October 2026"},
            {"Record the child's wishes and feelings from the last visit", "observations", "Practice observation: home visit"},
            {"Share the safety plan with the school and the GP", "observations", "Practice observation: core group"},
            {"Book supervision to reflect on the audit findings", "supervision", "Supervision audit, September 2026"},
            {"Bring case supervision back to monthly", "supervision", "Supervision audit, October 2026"},
            {"Update the chronology before the review conference", "audits", "Case audit, November 2026"},
            {"Check the placement plan is signed by the carers", "thematic", "Thematic evaluation: children in care plans"},
            {"Write to the family with the outcome of the complaint", "complaints", "Complaint, stage 1"},
            {"Agree a communication plan with the parent after the complaint", "complaints", "Complaint, stage 1"},
            {"Review the early help plan with the family", "observations", "Practice observation: early help session"},
            {"Hold a family network meeting", "audits", "Case audit, October 2026"},
            {"Complete the direct work with the child about their family", "audits", "Case audit, August 2026"},
    };

    private static final String[] EVIDENCE = {
            "Done; recorded on the case file the same day.",
            "Meeting held and minutes uploaded to the child's record.",
            "Discussed in supervision; decision recorded with the rationale.",
            "Plan updated and shared with the family and partners.",
    };

    private final ActionRepository actions;

    ActionsDemoData(ActionRepository actions) {
        this.actions = actions;
    }

    @Override
    public void load(DemoDirectory directory) {
        Random random = directory.random();
        LocalDate today = directory.today();
        List<Person> owners = new ArrayList<>(directory.withRole(Role.PRACTITIONER));
        owners.addAll(directory.withRole(Role.TEAM_MANAGER));
        Person qa = directory.byEmailPrefix("qa");
        // The demo practitioner always has something to do: one due soon, one overdue.
        owners.addFirst(directory.byEmailPrefix("practitioner"));
        owners.add(1, directory.byEmailPrefix("practitioner"));
        for (int i = 0; i < 60; i++) {
            Person owner = i < owners.size() ? owners.get(i) : owners.get(random.nextInt(owners.size()));
            String[] a = ACTIONS[(i * 5 + random.nextInt(3)) % ACTIONS.length];
            int offset = i == 0 ? 6 : i == 1 ? -9 : random.nextInt(100) - 60;
            LocalDate due = today.plusDays(offset);
            ActionItem item = new ActionItem(a[0], null, owner, due, a[1], a[2], null, qa,
                    due.minusDays(28).atTime(9, 30 + random.nextInt(25)).atZone(ZoneId.of("Europe/London")).toInstant());
            if (offset < -5 && random.nextInt(3) > 0) {
                item.complete(EVIDENCE[random.nextInt(EVIDENCE.length)], owner,
                        due.minusDays(random.nextInt(4)).atTime(15, 30).atZone(ZoneId.of("Europe/London")).toInstant());
            } else if (offset < -30 && random.nextInt(6) == 0) {
                item.cancel("No longer needed: the case closed.", qa, due.atTime(9, 0).atZone(ZoneId.of("Europe/London")).toInstant());
            } else if (due.isBefore(today)) {
                item.ownerNotified(due.plusDays(1));
            }
            actions.save(item);
        }
    }
}
