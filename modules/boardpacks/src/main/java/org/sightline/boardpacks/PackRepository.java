package org.sightline.boardpacks;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PackRepository extends JpaRepository<Pack, Long> {
    List<Pack> findByMeetingIdOrderByEditionDesc(Long meetingId);
}
