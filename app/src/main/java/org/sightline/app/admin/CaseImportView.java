package org.sightline.app.admin;

import org.sightline.kernel.support.ui.CsvImportPanel;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.sightline.kernel.cases.CaseImportService;
import org.sightline.kernel.people.Role;

@Route("admin/cases/import")
@PageTitle("Import cases | Sightline")
@RolesAllowed(Role.ADMINISTRATOR_)
public class CaseImportView extends Main {

    final CsvImportPanel<CaseImportService.CaseRow> panel;

    public CaseImportView(CaseImportService imports) {
        addClassName("page");
        panel = new CsvImportPanel<>("case",
                "Export the open cases from the case-management system with the columns: "
                        + String.join(", ", CaseImportService.COLUMNS)
                        + ". Level of need is one of Early Help, Child in Need, Child Protection, Child in Care or Care Leaver. "
                        + "Each row is checked first; nothing is saved until you press Import.",
                imports::preview, imports::importRows,
                r -> r.reference() + " — " + r.levelOfNeed().label() + ", " + r.teamName());
        add(new H1("Import cases"), panel);
    }
}
