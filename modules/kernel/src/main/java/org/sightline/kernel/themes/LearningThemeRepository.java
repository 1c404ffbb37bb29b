package org.sightline.kernel.themes;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LearningThemeRepository extends JpaRepository<LearningTheme, Long> {
    List<LearningTheme> findAllByOrderByNameAsc();

    List<LearningTheme> findByActiveTrueOrderByNameAsc();

    Optional<LearningTheme> findByNameIgnoreCase(String name);
}
