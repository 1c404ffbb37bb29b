package org.sightline.app.admin;

import org.sightline.kernel.support.ui.CsvImportPanel;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sightline.kernel.people.PersonImportService;
import org.sightline.kernel.people.Role;

@Route("admin/people/import")
@PageTitle("Import people | Sightline")
@RolesAllowed(Role.ADMINISTRATOR_)
public class PeopleImportView extends Main {

    final CsvImportPanel<PersonImportService.PersonRow> panel;

    public PeopleImportView(PersonImportService imports) {
        addClassName("page");
        panel = new CsvImportPanel<>("person",
                "The first line names the columns: " + String.join(", ", PersonImportService.COLUMNS)
                        + ". Separate several roles with semicolons, for example \"Practitioner; QA Officer\". "
                        + "Each row is checked first; nothing is saved until you press Import.",
                imports::preview, imports::importRows,
                r -> r.fullName() + " <" + r.email() + ">" + (r.teamName().isEmpty() ? "" : ", " + r.teamName()));
        add(new H1("Import people"), panel);
    }
}
