package org.sightline.thematic;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.support.Markup;
import org.sightline.kernel.support.ValidationException;
import org.springframework.stereotype.Component;

/** The checks on an evaluation's terms of reference: always their lengths and dates, and when complete, every part. */
@Component
class TermsOfReferenceCheck {

    /** The lead and auditors the terms name, as found. */
    record Resolved(Person lead, Set<Person> auditors) {
    }

    private final PersonRepository people;

    TermsOfReferenceCheck(PersonRepository people) {
        this.people = people;
    }

    /** Adds every problem to {@code errors}; {@code complete}: the terms must be whole (to commission). */
    Resolved check(TermsOfReference t, ValidationException.Collector errors, boolean complete) {
        if (blank(t.title())) {
            errors.add("title", "Give the evaluation a title.");
        }
        errors.maxLength("title", t.title(), Evaluation.TITLE_MAX, "the title");
        errors.maxLength("theme", t.theme(), Evaluation.SHORT_MAX, "this");
        errors.maxLength("board", t.board(), Evaluation.SHORT_MAX, "this");
        for (var f : Map.of("why", nz(t.why()), "whyNow", nz(t.whyNow()), "scope", nz(t.scope()), "criteria", nz(t.criteria())).entrySet()) {
            errors.maxLength(f.getKey(), f.getValue(), Evaluation.TEXT_MAX, "this");
        }
        if (t.moderationPercent() < 0 || t.moderationPercent() > 100) {
            errors.add("moderationPercent", "Enter a share between 0 and 100 per cent.");
        }
        Person lead = t.leadId() == null ? null : people.findById(t.leadId()).orElse(null);
        Set<Person> auditors = new HashSet<>(people.findAllById(t.auditorIds() == null ? Set.of() : t.auditorIds()));
        if (complete) {
            checkComplete(t, lead, errors);
        }
        if (t.startOn() != null && t.fieldworkEndOn() != null && t.fieldworkEndOn().isBefore(t.startOn())) {
            errors.add("fieldworkEndOn", "Fieldwork cannot end before the evaluation starts.");
        }
        if (t.fieldworkEndOn() != null && t.reportDueOn() != null && t.reportDueOn().isBefore(t.fieldworkEndOn())) {
            errors.add("reportDueOn", "The report cannot be due before fieldwork ends.");
        }
        return new Resolved(lead, auditors);
    }

    private static void checkComplete(TermsOfReference t, Person lead, ValidationException.Collector errors) {
        if (blank(t.board())) {
            errors.add("board", "Name the board commissioning the evaluation.");
        }
        if (t.commissionedOn() == null) {
            errors.add("commissionedOn", "Enter the date the board commissioned it.");
        }
        if (blank(t.why())) {
            errors.add("why", "Say why the evaluation is commissioned.");
        }
        if (blank(t.whyNow())) {
            errors.add("whyNow", "Say why it needs looking at now.");
        }
        if (blank(t.scope())) {
            errors.add("scope", "Set out the scope: which children, teams and period.");
        }
        if (blank(t.criteria())) {
            errors.add("criteria", "Say what it measures against: legislation, local policy and procedures, family feedback.");
        }
        if (lead == null) {
            errors.add("lead", "Choose who leads the evaluation.");
        }
        if (t.methods() == null || t.methods().isEmpty()) {
            errors.add("methods", "Choose at least one method.");
        }
        if (t.startOn() == null) {
            errors.add("startOn", "Enter the start date.");
        }
        if (t.fieldworkEndOn() == null) {
            errors.add("fieldworkEndOn", "Enter the date fieldwork ends.");
        }
        if (t.reportDueOn() == null) {
            errors.add("reportDueOn", "Enter the date the report is due.");
        }
    }

    /** The terms as they are kept: names stripped, long text cleaned of anything but the markup allowed. */
    static TermsOfReference clean(TermsOfReference t) {
        return new TermsOfReference(t.title().strip(), strip(t.theme()), strip(t.board()), t.commissionedOn(), Markup.clean(t.why()),
                Markup.clean(t.whyNow()), Markup.clean(t.scope()), Markup.clean(t.criteria()), t.leadId(), t.auditorIds(), t.methods(),
                t.startOn(), t.fieldworkEndOn(), t.reportDueOn(), t.moderationPercent());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
