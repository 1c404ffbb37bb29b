package org.sightline.app.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

@PageTitle("No access | Sightline")
@AnonymousAllowed
public class AccessDeniedView extends ErrorView implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        heading.setText("You do not have access to this page");
        explanation.setText("Your role does not include this part of Sightline. If you need it for your work, "
                + "ask an administrator to review your roles.");
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
