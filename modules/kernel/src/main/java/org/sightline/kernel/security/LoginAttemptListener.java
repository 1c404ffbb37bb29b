package org.sightline.kernel.security;

import org.sightline.kernel.audit.AuditTrail;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/** Feeds Spring Security's authentication events into the lock-out counters and the audit trail. */
@Component
public class LoginAttemptListener {

    private final AccountService accounts;
    private final AuditTrail audit;
    private final AddressThrottle throttle;

    public LoginAttemptListener(AccountService accounts, AuditTrail audit, AddressThrottle throttle) {
        this.accounts = accounts;
        this.audit = audit;
        this.throttle = throttle;
    }

    /** The address the attempt came from, when it came over the web. */
    static String address(org.springframework.security.core.Authentication auth) {
        return auth.getDetails() instanceof org.springframework.security.web.authentication.WebAuthenticationDetails d
                ? d.getRemoteAddress() : null;
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = event.getAuthentication().getName();
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            accounts.recordFailure(username);
        }
        String address = address(event.getAuthentication());
        if (address != null) {
            throttle.failed(address);
        }
        audit.signIn(username, false, reason(event.getException()));
    }

    static String reason(Exception e) {
        return switch (e) {
            case org.springframework.security.authentication.BadCredentialsException b -> "Wrong user name or password";
            case org.springframework.security.authentication.LockedException l -> "Account locked after repeated failures";
            case org.springframework.security.authentication.DisabledException d -> "Account disabled";
            default -> e.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2");
        };
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSuccess(event.getAuthentication().getName());
        String address = address(event.getAuthentication());
        if (address != null) {
            throttle.succeeded(address);
        }
        audit.signIn(event.getAuthentication().getName(), true, null);
    }

    @EventListener
    public void onLogout(LogoutSuccessEvent event) {
        audit.signOut(event.getAuthentication().getName());
    }
}
