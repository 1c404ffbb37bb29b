package org.sightline.kernel.people;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface PersonRepository extends JpaRepository<Person, Long>, JpaSpecificationExecutor<Person> {
    Optional<Person> findByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCase(String email);

    boolean existsByEmailIgnoreCaseAndIdNot(String email, Long id);

    List<Person> findByActiveTrueOrderByFullNameAsc();

    List<Person> findByLineManagerId(Long managerId);

    /** The service areas of the teams whose people report to this manager. */
    @Query("select distinct t.serviceArea.id from Person p join p.team t where p.lineManager.id = :managerId and p.active = true")
    List<Long> serviceAreasManagedBy(@Param("managerId") Long managerId);

    long countByTeamId(Long teamId);

    @Query("select p.lineManager.id from Person p where p.id = :id")
    Optional<Long> findLineManagerId(@Param("id") Long id);

    /** One page of people with their line managers loaded, so a grid needs no query per row. */
    @Query(value = """
            select p from Person p left join fetch p.lineManager left join p.team t
            where (:text is null or lower(p.fullName) like :text or lower(p.email) like :text
                   or lower(p.jobTitle) like :text)
              and (:teamId is null or t.id = :teamId)
              and (:activeOnly = false or p.active = true)
            """, countQuery = """
            select count(p) from Person p left join p.team t
            where (:text is null or lower(p.fullName) like :text or lower(p.email) like :text
                   or lower(p.jobTitle) like :text)
              and (:teamId is null or t.id = :teamId)
              and (:activeOnly = false or p.active = true)
            """)
    Page<Person> search(@Param("text") String likeText, @Param("teamId") Long teamId,
                        @Param("activeOnly") boolean activeOnly, Pageable pageable);

    @Query("""
            select count(p) from Person p
            where (:text is null or lower(p.fullName) like :text or lower(p.email) like :text
                   or lower(p.jobTitle) like :text)
              and (:teamId is null or p.team.id = :teamId)
              and (:activeOnly = false or p.active = true)
            """)
    long countSearch(@Param("text") String likeText, @Param("teamId") Long teamId,
                     @Param("activeOnly") boolean activeOnly);
}
