package org.sightline.workshops;

import org.springframework.data.jpa.repository.JpaRepository;

public interface WorkshopRepository extends JpaRepository<Workshop, Long> {
    java.util.List<Workshop> findAllByOrderByTitleAsc();
}
