package org.sightline.boardpacks;

import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Optional;
import org.sightline.boardpacks.ui.BoardPacksView;
import org.sightline.boardpacks.ui.MyBoardPanel;
import org.sightline.kernel.module.HomePanel;
import org.sightline.kernel.module.DemoDataContributor;
import org.sightline.kernel.module.NavEntry;
import org.sightline.kernel.module.NavGroup;
import org.sightline.kernel.module.SightlineModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

@Component
public class BoardPacksModule implements SightlineModule {

    private final ObjectProvider<BoardPacksDemoData> demoData;
    private final ObjectProvider<BoardPackService> packs;

    public BoardPacksModule(ObjectProvider<BoardPacksDemoData> demoData, ObjectProvider<BoardPackService> packs) {
        this.demoData = demoData;
        this.packs = packs;
    }

    @Override
    public List<HomePanel> homePanels() {
        return List.of(new MyBoardPanel(packs.getObject()));
    }

    @Override
    public String id() {
        return "boardpacks";
    }

    @Override
    public String name() {
        return "Board packs";
    }

    /** After every module whose reports a pack can hold. */
    @Override
    public int order() {
        return 90;
    }

    @Override
    public List<NavEntry> navigation() {
        return List.of(new NavEntry("Board packs", VaadinIcon.BOOK, BoardPacksView.class, NavGroup.GOVERNANCE, 10));
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("classpath:db/changelog/boardpacks.xml");
    }

    @Override
    public Optional<DemoDataContributor> demoData() {
        return Optional.of(demoData.getObject());
    }
}
