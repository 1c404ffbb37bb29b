package org.sightline.app.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sightline.app.AbstractKaribuTest;
import org.sightline.kernel.actions.ActionService;
import org.sightline.kernel.actions.NewAction;
import org.sightline.kernel.audit.AuditAction;
import org.sightline.kernel.audit.AuditEntry;
import org.sightline.kernel.audit.AuditEntryRepository;
import org.sightline.kernel.audit.AuditSearch;
import org.sightline.kernel.audit.AuditTrail;
import org.sightline.kernel.cases.CaseService;
import org.sightline.kernel.pdf.ExportService;
import org.sightline.kernel.pdf.ReportPeriod;
import org.sightline.kernel.people.PersonRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;

class AuditTrailTest extends AbstractKaribuTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    ActionService actions;
    @Autowired
    CaseService cases;
    @Autowired
    ExportService exports;
    @Autowired
    PersonRepository people;

    private List<AuditEntry> entries(String actor, AuditAction action) {
        signIn("admin");
        List<AuditEntry> found = audit.search(new AuditSearch(actor, null, null, action, null, null), PageRequest.of(0, 100)).getContent();
        signOut();
        return found;
    }

    @Test
    void signInsSuccessfulOrNotAreRecorded() {
        assertThatThrownBy(() -> signIn("servicemanager", "not-the-password")).isInstanceOf(BadCredentialsException.class);
        signIn("servicemanager");
        signOut();
        assertThat(entries("servicemanager", AuditAction.SIGN_IN_FAILED)).extracting(AuditEntry::getSummary).contains("Wrong user name or password");
        assertThat(entries("servicemanager", AuditAction.SIGN_IN)).isNotEmpty();
        assertThatThrownBy(() -> signIn("nobody-at-all", "guess")).isInstanceOf(BadCredentialsException.class);
        assertThat(entries("nobody-at-all", AuditAction.SIGN_IN_FAILED)).hasSize(1);
    }

    @Test
    void createsAndChangesAreRecordedWithWhoAndWhichRecord() {
        signIn("qa");
        var owner = people.findByEmailIgnoreCase("practitioner@sightline-council.example").orElseThrow();
        var a = actions.raise(new NewAction("Check the audit trail", null, owner.getId(), LocalDate.of(2026, 12, 1), "audits", null, null));
        actions.complete(a.getId(), a.getVersion(), "Checked");
        signOut();

        signIn("admin");
        List<AuditEntry> forRecord = audit.search(new AuditSearch(null, "ActionItem", a.getId().toString(), null, null, null),
                PageRequest.of(0, 10)).getContent();
        assertThat(forRecord).extracting(AuditEntry::getAction).containsExactly(AuditAction.UPDATE, AuditAction.CREATE);
        assertThat(forRecord).allSatisfy(e -> {
            assertThat(e.getActor()).isEqualTo("qa");
            assertThat(e.getModule()).isEqualTo("kernel");
        });
        assertThat(forRecord.getFirst().getSummary()).contains("status", "evidence", "completedAt").doesNotContain("version");
    }

    @Test
    void viewingChildLevelDetailAndExportingAreRecorded() {
        signIn("manager");
        cases.search(null, null, null, true, PageRequest.of(0, 5));
        signIn("qa");
        exports.export("actions-report", ReportPeriod.quarterOf(LocalDate.of(2026, 11, 20)));
        signOut();
        assertThat(entries("manager", AuditAction.VIEW_CHILD_DETAIL)).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).startsWith("Case list with child initials: "));
        assertThat(entries("qa", AuditAction.EXPORT_PDF)).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).isEqualTo("Actions report, 1 Oct 2026 to 31 Dec 2026"));
    }

    @Test
    void administratorSearchesByPersonActionAndDateInTheView() {
        signIn("manager");
        signIn("admin");
        navigate("admin/audit-trail");
        AuditTrailView view = _get(AuditTrailView.class);
        HasValueUtilsKt._setValue(view.person, "manager");
        HasValueUtilsKt._setValue(view.action, AuditAction.SIGN_IN);
        HasValueUtilsKt._setValue(view.from, LocalDate.of(2026, 11, 20));
        HasValueUtilsKt._setValue(view.to, LocalDate.of(2026, 11, 20));
        assertThat(GridKt._size(view.grid)).isGreaterThanOrEqualTo(1);
        assertThat(GridKt._findAll(view.grid)).allSatisfy(e -> {
            assertThat(e.getActor()).contains("manager");
            assertThat(e.getAction()).isEqualTo(AuditAction.SIGN_IN);
        });
        HasValueUtilsKt._setValue(view.to, LocalDate.of(2026, 11, 19));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void onlyAdministratorsSearchAndNobodyCanEditOrDelete() {
        signIn("qa");
        assertThatThrownBy(() -> audit.search(AuditSearch.everything(), PageRequest.of(0, 5))).isInstanceOf(AccessDeniedException.class);
        List<String> methods = Arrays.stream(AuditEntryRepository.class.getMethods()).map(Method::getName).toList();
        assertThat(methods).noneMatch(m -> m.startsWith("save") || m.startsWith("delete") || m.startsWith("update"));
        assertThat(Arrays.stream(AuditTrail.class.getMethods()).map(Method::getName))
                .noneMatch(m -> m.startsWith("delete") || m.startsWith("update") || m.startsWith("edit"));
        assertThat(AuditEntry.class.isAnnotationPresent(org.hibernate.annotations.Immutable.class)).isTrue();
    }
}
