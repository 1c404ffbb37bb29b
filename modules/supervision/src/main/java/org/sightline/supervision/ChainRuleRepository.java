package org.sightline.supervision;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChainRuleRepository extends JpaRepository<ChainRule, Long> {
    List<ChainRule> findAllByOrderByIdAsc();

    List<ChainRule> findByActiveTrueOrderByIdAsc();
}
