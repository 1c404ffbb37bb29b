package org.sightline.complaints;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ComplaintRepository extends JpaRepository<Complaint, Long> {

    @Query("select c from Complaint c order by c.receivedOn desc, c.id desc")
    List<Complaint> newestFirst();

    @Query("select c from Complaint c where c.closedOn is null or c.stage > 1 or c.response.copyOnFileOn is null order by c.receivedOn")
    List<Complaint> withStepsPossiblyOpen();

    @Query("select c.reference from Complaint c where c.reference like concat(:prefix, '%')")
    List<String> referencesStartingWith(String prefix);

    List<Complaint> findByReceivedOnBetween(LocalDate from, LocalDate to);

    java.util.Optional<Complaint> findByReference(String reference);

    java.util.Optional<Complaint> findByIntakeDigest(String digest);
}
