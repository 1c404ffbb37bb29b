package org.sightline.example;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Used by the services only: a view never touches a repository (the architecture test checks it). */
interface NoteRepository extends JpaRepository<Note, Long> {

    List<Note> findByAuthorTeamIdOrderByWrittenAtDesc(long teamId);
}
