package org.sightline.kernel.support.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * A grid that reads on a phone: below {@link #NARROW_PX} wide the columns give way to one column
 * of cards, each holding the whole row (name, date, the button), so nothing is cut or off-screen.
 */
public final class NarrowScreen {

    /** Under this many CSS pixels of window width a grid shows cards. */
    public static final int NARROW_PX = 640;

    private NarrowScreen() {
    }

    /**
     * Adds the card column (hidden while the window is wide) and switches between it and the
     * other columns as the window is resized.
     */
    public static <T> Grid.Column<T> cards(Grid<T> grid, String header, ValueProvider<T, Component> card) {
        List<Grid.Column<T>> wide = List.copyOf(grid.getColumns());
        Grid.Column<T> cards = grid.addComponentColumn(item -> {
            Div box = new Div(card.apply(item));
            box.addClassName("grid-card");
            return box;
        }).setHeader(header).setKey("card").setFlexGrow(1);
        cards.setVisible(false);
        Registration[] resize = new Registration[1];
        grid.addAttachListener(e -> {
            var page = e.getUI().getPage();
            page.retrieveExtendedClientDetails(d -> show(wide, cards, d.getWindowInnerWidth()));
            resize[0] = page.addBrowserWindowResizeListener(r -> show(wide, cards, r.getWidth()));
        });
        grid.addDetachListener(e -> {
            if (resize[0] != null) {
                resize[0].remove();
            }
        });
        return cards;
    }

    static <T> void show(List<Grid.Column<T>> wide, Grid.Column<T> cards, int width) {
        boolean narrow = width > 0 && width < NARROW_PX;
        cards.setVisible(narrow);
        wide.forEach(c -> c.setVisible(!narrow));
    }
}
