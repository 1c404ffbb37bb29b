package org.sightline.kernel.module;

import com.vaadin.flow.component.Component;
import org.sightline.kernel.people.Role;
import java.util.Set;

/**
 * A "my work" widget a module places on the home page.
 * The shell shows it to a user holding any of {@link #roles()} (an empty set means everyone)
 * and asks for a fresh component each time the home page is built.
 */
public interface HomePanel {

    /** A stable identifier, unique across modules, used for ordering ties and tests. */
    String id();

    String title();

    /** Roles that see this panel; empty for every signed-in user. */
    Set<Role> roles();

    /** Lower comes first on the home page. */
    int order();

    /**
     * Whether the panel has anything to say to the signed-in user; a panel that only matters
     * when there is work waiting ("awaiting my reflection") returns false when there is none.
     */
    default boolean visible() {
        return true;
    }

    /** Builds the panel's content for the signed-in user. Called in the UI thread. */
    Component create();
}
