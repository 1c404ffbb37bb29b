package org.sightline.kernel.module;

import java.util.Comparator;
import java.util.List;

/** Every module present in this build, in {@link SightlineModule#order()} order. */
public class ModuleRegistry {

    private final List<SightlineModule> modules;

    public ModuleRegistry(List<SightlineModule> modules) {
        this.modules = modules.stream()
                .sorted(Comparator.comparingInt(SightlineModule::order).thenComparing(SightlineModule::id))
                .toList();
        long distinct = this.modules.stream().map(SightlineModule::id).distinct().count();
        if (distinct != this.modules.size()) {
            throw new IllegalStateException("Two modules share an id: " + this.modules.stream().map(SightlineModule::id).toList());
        }
    }

    public List<SightlineModule> modules() {
        return modules;
    }

    public boolean isPresent(String id) {
        return modules.stream().anyMatch(m -> m.id().equals(id));
    }

    /** All navigation entries, grouped order then entry order. Filtering by access is the shell's job. */
    public List<NavEntry> navigation() {
        return modules.stream()
                .flatMap(m -> m.navigation().stream())
                .sorted(Comparator.comparing(NavEntry::group).thenComparingInt(NavEntry::order).thenComparing(NavEntry::title))
                .toList();
    }

    public List<HomePanel> homePanels() {
        return modules.stream()
                .flatMap(m -> m.homePanels().stream())
                .sorted(Comparator.comparingInt(HomePanel::order).thenComparing(HomePanel::id))
                .toList();
    }
}
