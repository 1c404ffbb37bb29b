package org.sightline.complaints;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ComplimentRepository extends JpaRepository<Compliment, Long> {
    List<Compliment> findAllByOrderByReceivedOnDescIdDesc();

    List<Compliment> findByReceivedOnBetweenOrderByReceivedOnAsc(LocalDate from, LocalDate to);

    long countByReceivedOnBetween(LocalDate from, LocalDate to);

    @org.springframework.data.jpa.repository.Query("select min(c.receivedOn) from Compliment c")
    LocalDate firstReceivedOn();
}
