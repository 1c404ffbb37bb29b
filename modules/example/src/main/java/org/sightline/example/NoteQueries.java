package org.sightline.example;

import java.util.List;
import org.sightline.kernel.people.RoleGroup;
import org.sightline.kernel.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a person may read: their own team's notes. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(RoleGroup.HAS_PRACTICE_STAFF)
public class NoteQueries {

    private final NoteRepository notes;
    private final CurrentUser currentUser;

    NoteQueries(NoteRepository notes, CurrentUser currentUser) {
        this.notes = notes;
        this.currentUser = currentUser;
    }

    public List<Note> myTeam() {
        var team = currentUser.require().getTeam();
        return team == null ? List.of() : notes.findByAuthorTeamIdOrderByWrittenAtDesc(team.getId());
    }
}
