package org.sightline.app.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

@PageTitle("Page not found | Sightline")
@AnonymousAllowed
public class NotFoundView extends ErrorView implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        heading.setText("Page not found");
        explanation.setText("There is no page at /" + event.getLocation().getPath()
                + ". If you followed a link, the record may have been removed or the link mistyped.");
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
