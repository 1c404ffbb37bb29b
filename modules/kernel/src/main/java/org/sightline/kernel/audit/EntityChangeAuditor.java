package org.sightline.kernel.audit;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Writes an audit entry for every insert, update and delete of an entity, in the same
 * transaction and on the same connection, so a change and its audit line commit or roll back
 * together. Covers every module without the module doing anything.
 */
@Component
class EntityChangeAuditor implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private final EntityManagerFactory emf;
    private final Clock clock;
    private final Map<Class<?>, Boolean> auditedTypes = new ConcurrentHashMap<>();
    private final Map<String, Boolean> ignoredFields = new ConcurrentHashMap<>();

    EntityChangeAuditor(EntityManagerFactory emf, Clock clock) {
        this.emf = emf;
        this.clock = clock;
    }

    @PostConstruct
    void register() {
        EventListenerRegistry registry = emf.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (audited(event.getEntity())) {
            write(event.getSession(), AuditAction.CREATE, event.getEntity(), event.getId(), "Created");
        }
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (!audited(event.getEntity())) {
            return;
        }
        List<String> changed = new ArrayList<>();
        String[] names = event.getPersister().getPropertyNames();
        int[] dirty = event.getDirtyProperties();
        if (dirty != null) {
            for (int i : dirty) {
                if (!ignored(event.getEntity().getClass(), names[i])) {
                    changed.add(names[i]);
                }
            }
        }
        if (dirty != null && changed.isEmpty()) {
            return;
        }
        write(event.getSession(), AuditAction.UPDATE, event.getEntity(), event.getId(),
                changed.isEmpty() ? "Changed" : "Changed " + String.join(", ", changed));
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (audited(event.getEntity())) {
            write(event.getSession(), AuditAction.DELETE, event.getEntity(), event.getId(), "Deleted");
        }
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void write(SharedSessionContractImplementor session, AuditAction action, Object entity, Object id, String summary) {
        Class<?> type = entity.getClass();
        try (PreparedStatement ps = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection()
                .prepareStatement(AuditTrail.INSERT)) {
            AuditTrail.bind(ps, Timestamp.from(clock.instant()), AuditTrail.currentActor(), action,
                    type.getSimpleName(), id, moduleOf(type), summary);
            ps.executeUpdate();
        } catch (SQLException e) {
            // A change that cannot be audited must not be saved.
            throw new IllegalStateException("Could not write the audit trail for " + type.getSimpleName() + " " + id, e);
        }
    }

    private boolean audited(Object entity) {
        return auditedTypes.computeIfAbsent(entity.getClass(),
                t -> !t.isAnnotationPresent(NotAudited.class) && t != AuditEntry.class);
    }

    private boolean ignored(Class<?> type, String property) {
        if (property.equals("version")) {
            return true;
        }
        return ignoredFields.computeIfAbsent(type.getName() + "#" + property, k -> {
            for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
                try {
                    Field f = c.getDeclaredField(property);
                    return f.isAnnotationPresent(NotAudited.class);
                } catch (NoSuchFieldException ignored) {
                    // look in the superclass
                }
            }
            return false;
        });
    }

    /** {@code org.sightline.workshops.Workshop} belongs to "workshops"; the kernel's own types to "kernel". */
    static String moduleOf(Class<?> type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 && parts[0].equals("org") && parts[1].equals("sightline") ? parts[2] : type.getPackageName();
    }
}
