package org.sightline.complaints;

import java.util.List;
import org.sightline.kernel.support.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The editable lists of complaint and compliment categories, kept by administrators and the QA and complaints teams. */
@Service
@Transactional
public class Categories {

    static final String EDITORS = "hasAnyRole('ADMINISTRATOR', 'QA_OFFICER', 'COMPLAINTS_OFFICER', 'PRINCIPAL_SOCIAL_WORKER')";

    private final CategoryRepository categories;

    public Categories(CategoryRepository categories) {
        this.categories = categories;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Category> active(CategoryKind kind) {
        return categories.findByKindAndActiveTrueOrderByNameAsc(kind);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(EDITORS)
    public List<Category> all(CategoryKind kind) {
        return categories.findByKindOrderByNameAsc(kind);
    }

    @PreAuthorize(EDITORS)
    public Category add(CategoryKind kind, String name) {
        String n = checkName(kind, name, null);
        return categories.saveAndFlush(new Category(kind, n));
    }

    @PreAuthorize(EDITORS)
    public Category rename(long id, long version, String name) {
        Category c = load(id, version);
        c.setName(checkName(c.getKind(), name, c.getId()));
        return categories.saveAndFlush(c);
    }

    /** Retired categories stay on old records and in old figures, but are not offered for new ones. */
    @PreAuthorize(EDITORS)
    public Category setActive(long id, long version, boolean active) {
        Category c = load(id, version);
        c.setActive(active);
        return categories.saveAndFlush(c);
    }

    private Category load(long id, long version) {
        Category c = categories.findById(id).orElseThrow();
        c.checkVersion(version);
        return c;
    }

    private String checkName(CategoryKind kind, String name, Long self) {
        if (name == null || name.isBlank()) {
            throw ValidationException.of("name", "Enter the category's name.");
        }
        String n = name.strip();
        if (n.length() > Category.NAME_MAX) {
            throw ValidationException.of("name", ValidationException.tooLong("the name", Category.NAME_MAX));
        }
        categories.findByKindAndNameIgnoreCase(kind, n).filter(c -> !c.getId().equals(self)).ifPresent(c -> {
            throw ValidationException.of("name", "There is already a category called \"" + c.getName() + "\".");
        });
        return n;
    }
}
