package org.sightline.app.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.kernel.cases.CaseRepository;
import org.sightline.kernel.people.PersonRepository;
import org.springframework.beans.factory.annotation.Autowired;

class CsvImportTest extends AbstractKaribuTest {

    @Autowired
    PersonRepository people;
    @Autowired
    CaseRepository cases;

    @Test
    void peopleImportReportsBadRowsByLineAndWritesNothingUntilConfirmed() {
        signIn("admin");
        navigate("admin/people/import");
        String csv = """
                full_name,email,job_title,team,roles,line_manager_email
                Morwenna Keast,morwenna.keast@sightline-council.example,Social Worker,MASH,Practitioner,manager@sightline-council.example
                ,no.name@sightline-council.example,Social Worker,MASH,Practitioner,
                Tobias Renfrew,not-an-email,Social Worker,MASH,Practitioner,
                Ffion Adair,ffion.adair@sightline-council.example,Team Manager,Nowhere Team,Team Manager,
                Leah Oduya,leah.oduya@sightline-council.example,Social Worker,MASH,Wizard,
                "Quinn, Jr Mallory",quinn.mallory@sightline-council.example,Senior Social Worker,MASH,Practitioner; QA Officer,morwenna.keast@sightline-council.example
                Dup Person,manager@sightline-council.example,Social Worker,MASH,Practitioner,
                Rhiannon Vale,rhiannon.vale@sightline-council.example,%s,MASH,Practitioner,
                """.formatted("J".repeat(161));
        PeopleImportView view = _get(PeopleImportView.class);
        UploadKt._upload(_get(Upload.class), "people.csv", csv.getBytes(StandardCharsets.UTF_8));

        var preview = view.panel.currentPreview();
        assertThat(preview.badRows()).extracting(r -> r.line() + ": " + r.problem()).containsExactly(
                "3: full name is missing",
                "4: \"not-an-email\" is not an email address",
                "5: there is no team called \"Nowhere Team\"",
                "6: \"Wizard\" is not a role",
                "8: email manager@sightline-council.example already belongs to someone in Sightline",
                "9: job title is longer than 160 characters");
        assertThat(preview.goodRows()).extracting(r -> r.line()).containsExactly(2, 7);
        assertThat(people.findByEmailIgnoreCase("morwenna.keast@sightline-council.example")).isEmpty();

        ButtonKt._click(view.panel.importButton());
        assertThat(people.findByEmailIgnoreCase("morwenna.keast@sightline-council.example")).isPresent();
        var quinn = people.findByEmailIgnoreCase("quinn.mallory@sightline-council.example").orElseThrow();
        assertThat(quinn.getFullName()).isEqualTo("Quinn, Jr Mallory");
        assertThat(people.findByEmailIgnoreCase("no.name@sightline-council.example")).isEmpty();
    }

    @Test
    void casesImportReportsBadRowsByLine() {
        signIn("admin");
        navigate("admin/cases/import");
        String csv = """
                reference,child_initials,level_of_need,team,allocated_worker_email,status
                9900001,AB,Child in Need,Assessment Team,practitioner@sightline-council.example,open
                9900002,,Child in Need,Assessment Team,,open
                9900003,CD,Sort of needy,Assessment Team,,open
                9900001,EF,Early Help,MASH,,open
                9900004,GH,Child in Care,Children in Care,nobody@sightline-council.example,
                9900005,JK,Care Leaver,Care Leavers,,closed
                """;
        CaseImportView view = _get(CaseImportView.class);
        UploadKt._upload(_get(Upload.class), "cases.csv", csv.getBytes(StandardCharsets.UTF_8));
        var preview = view.panel.currentPreview();
        assertThat(preview.badRows()).extracting(r -> r.line()).containsExactly(3, 4, 5, 6);
        assertThat(preview.badRows().get(2).problem()).isEqualTo("reference 9900001 is already on line 2");
        assertThat(cases.existsByReferenceIgnoreCase("9900001")).isFalse();
        ButtonKt._click(view.panel.importButton());
        assertThat(cases.existsByReferenceIgnoreCase("9900001")).isTrue();
        assertThat(cases.findByReferenceIgnoreCase("9900005").orElseThrow().isOpen()).isFalse();
    }
}
