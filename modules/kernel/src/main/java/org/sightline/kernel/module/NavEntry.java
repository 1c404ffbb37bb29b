package org.sightline.kernel.module;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Objects;

/**
 * One side-navigation link a module contributes. Who may see it is not declared here: the
 * shell asks Vaadin's access checker whether the signed-in user may open {@code view}, so the
 * menu can never drift from the access rules on the view itself.
 *
 * @param title the link text
 * @param icon  the icon shown before the text
 * @param view  the routed view the link opens
 * @param group the navigation group it belongs to
 * @param order position within the group, lowest first
 */
public record NavEntry(String title, VaadinIcon icon, Class<? extends Component> view, NavGroup group, int order) {
    public NavEntry {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(icon, "icon");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(group, "group");
    }
}
