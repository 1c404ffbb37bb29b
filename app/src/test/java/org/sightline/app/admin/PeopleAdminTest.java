package org.sightline.app.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.button.Button;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.kernel.people.PeopleService;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonDetails;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.people.TeamRepository;
import org.sightline.kernel.support.ValidationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;

class PeopleAdminTest extends AbstractKaribuTest {

    @Autowired
    PersonRepository people;
    @Autowired
    TeamRepository teams;
    @Autowired
    PeopleService peopleService;

    @Test
    void administratorCreatesAPerson() {
        signIn("admin");
        navigate("admin/people/new");
        PersonView view = _get(PersonView.class);
        HasValueUtilsKt._setValue(view.fullName, "Rowan Test-Whitlock");
        HasValueUtilsKt._setValue(view.email, "rowan.whitlock@sightline-council.example");
        HasValueUtilsKt._setValue(view.jobTitle, "Social Worker");
        HasValueUtilsKt._setValue(view.roles, Set.of(Role.PRACTITIONER));
        HasValueUtilsKt._setValue(view.team, teams.findByNameIgnoreCase("MASH").orElseThrow());
        Person manager = people.findByEmailIgnoreCase("manager@sightline-council.example").orElseThrow();
        HasValueUtilsKt._setValue(view.lineManager, manager);
        ButtonKt._click(_get(Button.class, s -> s.withText("Save person")));

        Person saved = people.findByEmailIgnoreCase("rowan.whitlock@sightline-council.example").orElseThrow();
        assertThat(saved.getFullName()).isEqualTo("Rowan Test-Whitlock");
        assertThat(saved.getRoles()).containsExactly(Role.PRACTITIONER);
        assertThat(peopleService.details(saved.getId()).getLineManager()).isEqualTo(manager);
        assertThat(currentView()).isEqualTo(PeopleView.class);
    }

    @Test
    void badInputShowsFieldErrorsAndKeepsWhatWasTyped() {
        signIn("admin");
        navigate("admin/people/new");
        PersonView view = _get(PersonView.class);
        HasValueUtilsKt._setValue(view.fullName, "   ");
        HasValueUtilsKt._setValue(view.email, "manager@sightline-council.example"); // already taken
        HasValueUtilsKt._setValue(view.jobTitle, "Senior Practitioner");
        ButtonKt._click(view.save);

        assertThat(view.fullName.isInvalid()).isTrue();
        assertThat(view.fullName.getErrorMessage()).isEqualTo("Enter the person's full name");
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).isEqualTo("Someone else already uses this email address");
        assertThat(view.roles.isInvalid()).isTrue();
        assertThat(view.roles.getErrorMessage()).isEqualTo("Choose at least one role");
        // nothing typed is lost, and we are still on the form
        assertThat(view.email.getValue()).isEqualTo("manager@sightline-council.example");
        assertThat(view.jobTitle.getValue()).isEqualTo("Senior Practitioner");
        assertThat(currentView()).isEqualTo(PersonView.class);

        // The form takes no more than the columns hold; a longer job title sent anyway is refused beside its field.
        assertThat(view.jobTitle.getMaxLength()).isEqualTo(org.sightline.kernel.people.Person.JOB_TITLE_MAX);
        assertThat(view.email.getMaxLength()).isEqualTo(org.sightline.kernel.people.Person.EMAIL_MAX);
        HasValueUtilsKt._setValue(view.jobTitle, "J".repeat(org.sightline.kernel.people.Person.JOB_TITLE_MAX + 1));
        ButtonKt._click(view.save);
        assertThat(view.jobTitle.getErrorMessage()).isEqualTo("Keep the job title to 160 characters or fewer.");
    }

    @Test
    void nobodyIsTheirOwnLineManagerAndLineManagementHasNoLoops() {
        signIn("admin");
        Person manager = people.findByEmailIgnoreCase("manager@sightline-council.example").orElseThrow();
        navigate("admin/people/" + manager.getId());
        PersonView view = _get(PersonView.class);
        HasValueUtilsKt._setValue(view.lineManager, manager);
        ButtonKt._click(view.save);
        assertThat(view.lineManager.getErrorMessage()).isEqualTo("A person cannot be their own line manager");

        // the team manager's own report cannot become their manager
        Person report = peopleService.directReports(manager.getId()).getFirst();
        HasValueUtilsKt._setValue(view.lineManager, report);
        ButtonKt._click(view.save);
        assertThat(view.lineManager.isInvalid()).isTrue();
        assertThat(view.lineManager.getErrorMessage()).contains("reports to this person");

        // a loop through several people is caught as well: the director is above everyone
        Person director = people.findByEmailIgnoreCase("director@sightline-council.example").orElseThrow();
        PersonDetails d = peopleService.details(director.getId());
        d.setLineManager(people.findByEmailIgnoreCase("practitioner@sightline-council.example").orElseThrow());
        assertThatThrownBy(() -> peopleService.save(d)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).containsKey("lineManager"));
    }

    @Test
    void aServiceAreaOrTeamNameLongerThanItsColumnIsRefusedBesideTheField() {
        signIn("admin");
        var teams = ctx.getBean(org.sightline.kernel.people.TeamService.class);
        assertThatThrownBy(() -> teams.createServiceArea("S".repeat(org.sightline.kernel.people.ServiceArea.NAME_MAX + 1)))
                .isInstanceOfSatisfying(org.sightline.kernel.support.ValidationException.class, e -> assertThat(e.errors())
                        .containsEntry("name", "Keep the name to 120 characters or fewer."));
    }

    @Test
    void concurrentEditsAreDetected() {
        signIn("admin");
        Person p = people.findByEmailIgnoreCase("qa@sightline-council.example").orElseThrow();
        PersonDetails first = peopleService.details(p.getId());
        PersonDetails second = peopleService.details(p.getId());
        first.setJobTitle("Senior QA Officer");
        peopleService.save(first);
        second.setJobTitle("Lead QA Officer");
        assertThatThrownBy(() -> peopleService.save(second)).isInstanceOf(OptimisticLockingFailureException.class);
        assertThat(people.findById(p.getId()).orElseThrow().getJobTitle()).isEqualTo("Senior QA Officer");

        // On the page: the same words as everywhere else, and what was typed stays to be copied.
        navigate("admin/people/" + p.getId());
        PersonView view = _get(PersonView.class);
        PersonDetails meanwhile = peopleService.details(p.getId());
        meanwhile.setJobTitle("QA Officer");
        peopleService.save(meanwhile);
        HasValueUtilsKt._setValue(view.jobTitle, "Principal QA Officer");
        ButtonKt._click(view.save);
        assertThat(view.formError.getText()).isEqualTo(org.sightline.kernel.support.ui.FormAction.changedMeanwhile("person"));
        assertThat(view.jobTitle.getValue()).isEqualTo("Principal QA Officer");
        assertThat(people.findById(p.getId()).orElseThrow().getJobTitle()).isEqualTo("QA Officer");
    }

    @Test
    void onlyAdministratorsMayChangePeopleEvenWithoutTheUi() {
        signIn("manager");
        PersonDetails d = new PersonDetails();
        d.setFullName("Sneaky Addition");
        d.setEmail("sneaky@sightline-council.example");
        d.setRoles(EnumSet.of(Role.ADMINISTRATOR));
        assertThatThrownBy(() -> peopleService.save(d)).isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void peopleListLoadsLazilyAndCounts() {
        signIn("admin");
        navigate("admin/people");
        PeopleView view = _get(PeopleView.class);
        assertThat(view.count.getText()).matches("\\d+ people");
        HasValueUtilsKt._setValue(view.search, "Assistant Director");
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._size(view.grid)).isEqualTo(2);
        // rendering a row reads the line manager: it must come loaded with the page
        var row = com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(view.grid, 0);
        String director = people.findByEmailIgnoreCase("director@sightline-council.example").orElseThrow().getFullName();
        assertThat(row).contains(director);
    }
}
