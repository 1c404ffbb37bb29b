package org.sightline.app.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Sightline")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    /**
     * One message for a wrong password, an unknown name, a paused or a closed account: the page
     * must not tell a stranger which accounts exist or which are locked.
     */
    static final String NOT_SIGNED_IN = "Could not sign you in with that user name and password. Check them and try again. "
            + "After 5 wrong attempts an account is paused for 15 minutes, and repeated attempts from one computer "
            + "must wait longer each time. If it keeps failing, ask an administrator.";

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-page");
        Div card = new Div();
        card.addClassName("login-card");

        Div wordmark = new Div(new Wordmark());
        H1 heading = new H1("Sign in");
        Paragraph purpose = new Paragraph("Quality assurance for children's services: audits, observations, "
                + "learning and board reporting.");
        purpose.addClassName("login-purpose");

        form.setI18n(texts(NOT_SIGNED_IN));
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        card.add(wordmark, heading, purpose, form);
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        form.setI18n(texts(messageFor(lastAuthenticationError())));
        form.setError(true);
    }

    private static LoginI18n texts(String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle("");
        i18n.getForm().setUsername("User name");
        i18n.getForm().setSubmit("Sign in");
        i18n.getErrorMessage().setTitle("Could not sign in");
        i18n.getErrorMessage().setMessage(errorMessage);
        return i18n;
    }

    public static String messageFor(Object error) {
        return NOT_SIGNED_IN;
    }

    private static Object lastAuthenticationError() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        HttpSession session = request == null ? null : request.getHttpServletRequest().getSession(false);
        return session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    LoginForm form() {
        return form;
    }
}
