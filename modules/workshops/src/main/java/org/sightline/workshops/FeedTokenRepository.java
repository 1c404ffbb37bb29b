package org.sightline.workshops;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FeedTokenRepository extends JpaRepository<FeedToken, Long> {

    @Query("select t from FeedToken t join fetch t.person where t.tokenHash = :hash")
    Optional<FeedToken> findByHash(String hash);

    List<FeedToken> findByPersonIdAndRevokedAtIsNull(Long personId);
}
