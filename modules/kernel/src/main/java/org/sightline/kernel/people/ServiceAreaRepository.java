package org.sightline.kernel.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceAreaRepository extends JpaRepository<ServiceArea, Long> {
    Optional<ServiceArea> findByNameIgnoreCase(String name);

    List<ServiceArea> findAllByOrderByNameAsc();
}
