package org.sightline.complaints;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BulletinRepository extends JpaRepository<Bulletin, Long> {

    @Query("select b from Bulletin b where b.status = org.sightline.complaints.BulletinStatus.PUBLISHED "
            + "order by b.periodTo desc, b.edition desc")
    List<Bulletin> published();

    @Query("select b from Bulletin b order by b.periodTo desc, b.edition desc")
    List<Bulletin> newestFirst();

    boolean existsByCorrectsId(Long id);
}
