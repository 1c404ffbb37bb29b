package org.sightline.kernel.support.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * Loads the record a route names (".../42"). A missing record, or an id that is not a number,
 * shows "Page not found"; a record the service refuses to show shows the access-denied page,
 * without saying whether it exists.
 */
public final class RecordRoute {

    private RecordRoute() {
    }

    public static <T> Optional<T> load(BeforeEnterEvent event, Supplier<T> loader) {
        try {
            return Optional.of(loader.get());
        } catch (IllegalArgumentException e) {
            // NumberFormatException is one too: "/complaints/abc" is simply not found.
            event.rerouteToError(NotFoundException.class);
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        }
        return Optional.empty();
    }
}
