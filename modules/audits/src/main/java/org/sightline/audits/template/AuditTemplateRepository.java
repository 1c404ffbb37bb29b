package org.sightline.audits.template;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AuditTemplateRepository extends JpaRepository<AuditTemplate, Long> {

    Optional<AuditTemplate> findFirstByCurrentTrueOrderByNumberDesc();

    Optional<AuditTemplate> findFirstByOrderByNumberDesc();
}
