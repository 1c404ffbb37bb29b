package org.sightline.complaints.ui;

import org.sightline.kernel.support.ui.RecordSteps;
import org.sightline.kernel.support.ui.RecordRoute;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import org.sightline.complaints.Categories;
import org.sightline.complaints.Complaint;
import org.sightline.complaints.ComplaintPdfs;
import org.sightline.complaints.ComplaintPoint;
import org.sightline.complaints.ComplaintEscalation;
import org.sightline.complaints.ComplaintIntake;
import org.sightline.complaints.ComplaintQueries;
import org.sightline.complaints.Stage1Workflow;
import org.sightline.complaints.Timeline;
import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.people.TeamService;
import org.sightline.kernel.support.Formats;
import org.sightline.kernel.support.ui.Facts;
import org.sightline.kernel.support.ui.PdfLink;

/**
 * One complaint: the form to log it ({@link LogComplaintForm}), then its record — points, the
 * dated steps with what is overdue — and the next things to do, in sections for stage 1
 * ({@link Stage1Section}), escalation ({@link EscalationSection}) and recommendations
 * ({@link RecommendationSection}).
 */
@Route("complaints/:complaintId([0-9]+|new)")
@RolesAllowed({Role.QA_OFFICER_, Role.COMPLAINTS_OFFICER_, Role.PRINCIPAL_SOCIAL_WORKER_, Role.TEAM_MANAGER_, Role.SERVICE_MANAGER_,
        Role.HEAD_OF_SERVICE_, Role.ASSISTANT_DIRECTOR_, Role.DIRECTOR_})
public class ComplaintView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph message = new Paragraph();
    LogComplaintForm log;
    final Stage1Section stage1;
    final EscalationSection escalation;
    final RecommendationSection recommendations;

    private final ComplaintQueries complaints;
    private final ComplaintIntake intake;
    private final Categories categories;
    private final TeamService teams;
    private final ComplaintPdfs pdfs;
    private final ExportService exports;
    private final RecordSteps<Complaint> steps;
    Complaint complaint;
    private String title = "Complaint | Sightline";

    public ComplaintView(ComplaintQueries complaints, ComplaintIntake intake, Stage1Workflow stage1, ComplaintEscalation escalation,
                         Categories categories, TeamService teams, ComplaintPdfs pdfs, ExportService exports) {
        this.complaints = complaints;
        this.intake = intake;
        this.categories = categories;
        this.teams = teams;
        this.pdfs = pdfs;
        this.exports = exports;
        addClassName("page");
        message.addClassName("error-text");
        message.getElement().setAttribute("role", "alert");
        // The sections are made once, with their listeners; the page rebuilds its content on every visit and after each step.
        this.steps = new RecordSteps<>("complaint", message, saved -> {
            complaint = saved;
            removeAll();
            buildRecord();
        });
        this.stage1 = new Stage1Section(complaints, stage1, categories, steps);
        this.escalation = new EscalationSection(complaints, escalation, steps);
        this.recommendations = new RecommendationSection(complaints, stage1, steps);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("complaintId").orElse("");
        removeAll();
        message.setText("");
        if (id.equals("new")) {
            complaint = null;
            title = "Log a complaint | Sightline";
            Paragraph purpose = new Paragraph("Day 0 is the day the council received it. Record each thing the complainant is unhappy "
                    + "about as a separate point: each gets its own outcome.");
            purpose.addClassName("page-purpose");
            log = new LogComplaintForm(intake, categories, teams, complaints.today(), message);
            add(new RouterLink("← Complaints", ComplaintsView.class), new H1("Log a complaint"), purpose, message, log);
            return;
        }
        complaint = RecordRoute.load(event, () -> complaints.open(Long.parseLong(id))).orElse(null);
        if (complaint == null) {
            return;
        }
        title = "Complaint " + complaint.getReference() + " | Sightline";
        buildRecord();
    }

    // ------------------------------------------------------------------ the record

    private void buildRecord() {
        Complaint c = complaint;
        boolean workflow = complaints.runsWorkflow();
        add(new RouterLink("← Complaints", ComplaintsView.class));
        Div actions = new Div(PdfLink.of("Chronology (PDF)", () -> exports.exportDocument("complaints", "Complaint", c.getId(),
                pdfs.chronology(c, complaints.steps(c), complaints.days(), complaints.today()))));
        actions.addClassName("page-actions");
        Div header = new Div(new Div(new H1("Complaint " + c.getReference())), actions);
        header.addClassName("page-header");
        add(header);
        add(Facts.of(Facts.fact("Status", c.statusLabel()), Facts.fact("Received", Formats.date(c.getReceivedOn()) + " ("
                        + c.getChannel().label().toLowerCase() + (c.getSource().equals("intake") ? ", from the web form" : "") + ")"),
                Facts.fact("Complainant", c.getComplainantName() + " (" + c.getComplainantType().label().toLowerCase() + ")"),
                Facts.fact("Contact", c.getComplainantContact() == null ? "Not recorded" : c.getComplainantContact()),
                Facts.fact("Case", c.getCaseRecord() != null ? c.getCaseRecord().getReference()
                        : c.getGivenCaseReference() != null ? "Not matched: the complainant gave \"" + c.getGivenCaseReference()
                        + "\", which is no case's reference" : "Not recorded"),
                Facts.fact("Team", c.getTeam() == null ? "Not recorded" : c.getTeam().getName()),
                Facts.fact("QA officer", c.getOfficer() == null ? "Not allocated" : c.getOfficer().getFullName())));
        add(message);
        add(new H2("Summary"), new Paragraph(c.getSummary()));

        add(new H2("Complaint points"));
        Element list = new Element("ol");
        for (ComplaintPoint p : c.getPoints()) {
            list.appendChild(new Element("li").setText(p.getDescription() + " — " + (p.getCategory() == null ? "not categorised"
                    : p.getCategory().getName()) + "; " + (p.getOutcome() == null ? "outcome to come" : p.getOutcome().label().toLowerCase())));
        }
        Div pointsList = new Div();
        pointsList.getElement().appendChild(list);
        add(pointsList);

        add(new H2("Steps and deadlines"));
        add(stepsTable(complaints.steps(c)));

        steps.showing(c);
        if (workflow || complaints.mayQualityAssure()) {
            add(new H2("What to do next"));
            stage1.show(c, workflow);
            add(stage1);
            if (workflow) {
                escalation.show(c);
                recommendations.show(c);
                add(escalation, recommendations);
            }
        }
    }

    private Div stepsTable(List<Timeline.Entry> steps) {
        LocalDate today = complaints.today();
        Element table = new Element("table");
        table.getClassList().add("moderation-table");
        table.setAttribute("id", "complaint-steps");
        table.appendChild(new Element("caption").setText("Each step, its deadline in working days, and when it was done"));
        Element head = new Element("tr");
        for (String h : List.of("Step", "Due", "Done", "Status", "Owner")) {
            head.appendChild(new Element("th").setAttribute("scope", "col").setText(h));
        }
        table.appendChild(new Element("thead").appendChild(head));
        Element body = new Element("tbody");
        for (Timeline.Entry e : steps) {
            Element tr = new Element("tr");
            tr.appendChild(new Element("th").setAttribute("scope", "row").setText(e.step().label()));
            tr.appendChild(new Element("td").setText(Formats.date(e.due())));
            tr.appendChild(new Element("td").setText(e.doneOn() == null ? "" : Formats.date(e.doneOn())));
            Element status = new Element("td").setText(e.isDone() ? (e.wasLate() ? "Done late" : "Done on time")
                    : e.isOverdue(today) ? "Overdue" : "Open");
            if (e.isOverdue(today)) {
                status.getClassList().add("error-text");
            }
            tr.appendChild(status);
            tr.appendChild(new Element("td").setText(e.owner() == null ? "The QA officer, once allocated" : e.owner().getFullName()));
            body.appendChild(tr);
        }
        table.appendChild(body);
        Div d = new Div();
        d.getElement().appendChild(table);
        return d;
    }
}
