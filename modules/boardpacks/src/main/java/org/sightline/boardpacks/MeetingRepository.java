package org.sightline.boardpacks;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MeetingRepository extends JpaRepository<Meeting, Long> {
    List<Meeting> findByBoardIdOrderByMeetsOnDesc(Long boardId);

    /** The meeting, its row locked until the transaction ends: its pack editions are numbered one at a time. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select m from Meeting m where m.id = :id")
    java.util.Optional<Meeting> lockById(long id);
}
