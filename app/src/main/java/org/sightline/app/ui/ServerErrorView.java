package org.sightline.app.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Any other failure while opening a page: logged in full, shown to the user in plain words. */
@PageTitle("Something went wrong | Sightline")
@AnonymousAllowed
public class ServerErrorView extends ErrorView implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ServerErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        log.error("Error opening /{}", event.getLocation().getPath(), parameter.getCaughtException());
        heading.setText("Something went wrong");
        explanation.setText("Sightline could not open this page. Nothing you saved has been lost. "
                + "Try again in a moment; if it keeps happening, tell the QA team what you were doing.");
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
