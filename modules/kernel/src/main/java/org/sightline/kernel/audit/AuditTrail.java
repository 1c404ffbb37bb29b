package org.sightline.kernel.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: who did what to which record, and when. Entity changes are recorded
 * automatically ({@link EntityChangeAuditor}); modules call {@link #viewedChildDetail} and the
 * export service calls {@link #exported}; sign-ins are recorded from Spring Security's events.
 */
@Service
public class AuditTrail {

    static final String SYSTEM = "system";
    private static final ZoneId UK = ZoneId.of("Europe/London");
    static final String INSERT = "insert into audit_entry (occurred_at, actor, action, record_type, record_id, module, summary) values (?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final AuditEntryRepository entries;
    private final Clock clock;

    public AuditTrail(JdbcTemplate jdbc, AuditEntryRepository entries, Clock clock) {
        this.jdbc = jdbc;
        this.entries = entries;
        this.clock = clock;
    }

    /** A view of child-level detail: kept even if the surrounding work fails, because it was seen. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void viewedChildDetail(String module, String recordType, Object recordId, String summary) {
        write(currentActor(), AuditAction.VIEW_CHILD_DETAIL, recordType, recordId, module, summary);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void exported(String module, String exporterId, String summary) {
        write(currentActor(), AuditAction.EXPORT_PDF, "PDF export", exporterId, module, summary);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signIn(String username, boolean success, String detail) {
        write(username == null || username.isBlank() ? "(no username)" : username,
                success ? AuditAction.SIGN_IN : AuditAction.SIGN_IN_FAILED, "Account", username, "kernel", detail);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signOut(String username) {
        write(username, AuditAction.SIGN_OUT, "Account", username, "kernel", null);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public Page<AuditEntry> search(AuditSearch search, Pageable page) {
        return entries.search(
                search.actor() == null || search.actor().isBlank() ? null : "%" + search.actor().strip().toLowerCase(Locale.ROOT) + "%",
                blankToNull(search.recordType()), blankToNull(search.recordId()), search.action(),
                search.from() == null ? null : search.from().atStartOfDay(UK).toInstant(),
                search.to() == null ? null : search.to().plusDays(1).atStartOfDay(UK).toInstant(),
                page);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public java.util.List<String> recordTypes() {
        return entries.recordTypes();
    }

    void write(String actor, AuditAction action, String recordType, Object recordId, String module, String summary) {
        Timestamp at = Timestamp.from(clock.instant());
        jdbc.update(INSERT, ps -> bind(ps, at, actor, action, recordType, recordId, module, summary));
    }

    /** Times are written in UTC, as Hibernate reads them ({@code hibernate.jdbc.time_zone=UTC}). */
    static void bind(java.sql.PreparedStatement ps, Timestamp at, String actor, AuditAction action, String recordType,
                     Object recordId, String module, String summary) throws java.sql.SQLException {
        ps.setTimestamp(1, at, java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone("UTC")));
        ps.setString(2, truncate(actor, 80));
        ps.setString(3, action.name());
        ps.setString(4, truncate(recordType, 80));
        ps.setString(5, recordId == null ? null : truncate(recordId.toString(), 80));
        ps.setString(6, truncate(module, 40));
        ps.setString(7, truncate(summary, 1000));
    }

    static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || auth.getName() == null || "anonymousUser".equals(auth.getName()) ? SYSTEM : auth.getName();
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
