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
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Sightline")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    static final String BAD_CREDENTIALS = "The user name or password is not right. Check them and try again. "
            + "After 5 wrong attempts the account is locked for 15 minutes.";
    static final String LOCKED = "This account is locked for 15 minutes after 5 wrong passwords. "
            + "Try again later, or ask an administrator to help.";
    static final String DISABLED = "This account is no longer active. Ask an administrator if you need access.";

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

        form.setI18n(texts(BAD_CREDENTIALS));
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
        if (error instanceof LockedException) {
            return LOCKED;
        }
        if (error instanceof DisabledException) {
            return DISABLED;
        }
        return BAD_CREDENTIALS;
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
