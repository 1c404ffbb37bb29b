package org.sightline.complaints;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CategoryRepository extends JpaRepository<Category, Long> {
    List<Category> findByKindOrderByNameAsc(CategoryKind kind);

    List<Category> findByKindAndActiveTrueOrderByNameAsc(CategoryKind kind);

    Optional<Category> findByKindAndNameIgnoreCase(CategoryKind kind, String name);
}
