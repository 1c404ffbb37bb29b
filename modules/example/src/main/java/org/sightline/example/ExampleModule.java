package org.sightline.example;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import org.sightline.example.ui.NotesView;
import org.sightline.kernel.module.NavEntry;
import org.sightline.kernel.module.NavGroup;
import org.sightline.kernel.module.SightlineModule;
import org.springframework.stereotype.Component;

/**
 * What the module tells the shell: its name, its link in the side navigation (shown only to
 * those the view lets in), and its migrations. A module with panels, reports or demo data takes
 * the services behind them as {@code ObjectProvider}s: this bean is read before JPA starts.
 */
@Component
public class ExampleModule implements SightlineModule {

    @Override
    public String id() {
        return "example";
    }

    @Override
    public String name() {
        return "Team notes (example)";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(new NavEntry("Team notes", VaadinIcon.NOTEBOOK, NotesView.class, NavGroup.MY_WORK, 90));
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("classpath:db/changelog/example.xml");
    }
}
