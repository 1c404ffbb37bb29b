package org.sightline.app.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Set;
import org.sightline.kernel.module.HomePanel;
import org.sightline.kernel.people.PeopleService;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.CurrentUser;

/** "My team": where the user sits in the line-management chain that drives who audits whom. */
class MyTeamPanel implements HomePanel {

    private final CurrentUser currentUser;
    private final PeopleService people;

    MyTeamPanel(CurrentUser currentUser, PeopleService people) {
        this.currentUser = currentUser;
        this.people = people;
    }

    @Override
    public String id() {
        return "shell.my-team";
    }

    @Override
    public String title() {
        return "My team";
    }

    @Override
    public Set<Role> roles() {
        return Role.staff();
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Component create() {
        Div body = new Div();
        Person me = currentUser.require();
        PersonFacts facts = new PersonFacts(me.getTeam() == null ? "Not in a team"
                : me.getTeam().getName() + ", " + me.getTeam().getServiceArea().getName(),
                people.details(me.getId()).getLineManager());
        body.add(fact("Team", facts.team()));
        body.add(fact("Line manager", facts.manager() == null ? "None recorded" : facts.manager().getFullName()));
        List<Person> reports = people.directReports(me.getId());
        if (reports.isEmpty()) {
            body.add(new Paragraph("Nobody reports to you in Sightline."));
        } else {
            body.add(new Paragraph(reports.size() == 1 ? "1 person reports to you:" : reports.size() + " people report to you:"));
            UnorderedList list = new UnorderedList();
            list.addClassName("plain-list");
            reports.forEach(p -> list.add(new ListItem(p.getFullName() + (p.getJobTitle() == null ? "" : " — " + p.getJobTitle()))));
            body.add(list);
        }
        return body;
    }

    private static Component fact(String label, String value) {
        Div row = new Div();
        row.addClassName("fact");
        Span l = new Span(label);
        l.addClassName("fact-label");
        row.add(l, new Span(value));
        return row;
    }

    private record PersonFacts(String team, Person manager) {
    }
}
