package org.sightline.observations;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CadenceRuleRepository extends JpaRepository<CadenceRule, Long> {
    List<CadenceRule> findAllByOrderByIdAsc();

    List<CadenceRule> findByActiveTrueOrderByIdAsc();
}
