package org.sightline.kernel.themes;

import java.util.List;
import org.sightline.kernel.support.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.sightline.kernel.people.RoleGroup;

/** The editable list of learning themes; everyone on the staff reads it, the QA leads edit it. */
@Service
@Transactional
public class LearningThemes {

    private final LearningThemeRepository themes;

    public LearningThemes(LearningThemeRepository themes) {
        this.themes = themes;
    }

    /** The themes to offer when tagging something new. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<LearningTheme> active() {
        return themes.findByActiveTrueOrderByNameAsc();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<LearningTheme> all() {
        return themes.findAllByOrderByNameAsc();
    }

    @PreAuthorize(RoleGroup.HAS_QA_LEADS)
    public LearningTheme add(String name) {
        String clean = checked(name, null);
        return themes.save(new LearningTheme(clean));
    }

    @PreAuthorize(RoleGroup.HAS_QA_LEADS)
    public LearningTheme rename(long id, String name) {
        LearningTheme t = themes.findById(id).orElseThrow();
        t.rename(checked(name, id));
        return t;
    }

    /** Retiring hides a theme from new records; what was tagged with it keeps it. */
    @PreAuthorize(RoleGroup.HAS_QA_LEADS)
    public LearningTheme setActive(long id, boolean active) {
        LearningTheme t = themes.findById(id).orElseThrow();
        t.setActive(active);
        return t;
    }

    private String checked(String name, Long id) {
        String clean = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw ValidationException.of("name", "Enter the theme's name.");
        }
        new ValidationException.Collector().maxLength("name", clean, LearningTheme.NAME_MAX, "the name").throwIfAny();
        themes.findByNameIgnoreCase(clean).filter(t -> !t.getId().equals(id)).ifPresent(t -> {
            throw ValidationException.of("name", "\"" + t.getName() + "\" is already on the list.");
        });
        return clean;
    }
}
