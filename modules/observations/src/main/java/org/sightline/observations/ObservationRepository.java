package org.sightline.observations;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ObservationRepository extends JpaRepository<Observation, Long> {

    /** Observations carried out (shared or acknowledged) since the date, for cadence checks. */
    @Query("""
            select o from Observation o
            where o.status <> org.sightline.observations.ObservationStatus.DRAFT and o.observedOn >= :since
            """)
    List<Observation> carriedOutSince(LocalDate since);

    @Query("""
            select o from Observation o
            where o.status <> org.sightline.observations.ObservationStatus.DRAFT
              and o.observedOn >= :from and o.observedOn <= :to
            order by o.observedOn
            """)
    List<Observation> carriedOutBetween(LocalDate from, LocalDate to);

    @Query("select o from Observation o order by o.observedOn desc, o.id desc")
    List<Observation> newestFirst();

    List<Observation> findByObservedIdAndStatusOrderByObservedOnDesc(Long observedId, ObservationStatus status);
}
