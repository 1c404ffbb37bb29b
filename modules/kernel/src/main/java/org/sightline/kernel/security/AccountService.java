package org.sightline.kernel.security;

import java.time.Clock;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for Spring Security and keeps the lock-out counters. A locked account is
 * reported as locked even when the right password is typed, until the lock expires.
 */
@Service
public class AccountService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final SecurityProperties properties;
    private final Clock clock;

    public AccountService(UserAccountRepository accounts, SecurityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsernameIgnoreCase(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        var person = account.getPerson();
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .authorities(Authorities.of(person.getRoles()))
                .accountLocked(account.isLockedAt(clock.instant()))
                .disabled(!person.isActive())
                .build();
    }

    /** Records a wrong password. Runs in its own transaction so the count survives the failed login. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String username) {
        accounts.findByUsernameIgnoreCase(username.strip()).ifPresent(a ->
                a.recordFailure(clock.instant(), properties.maxFailedAttempts(), properties.lockout()));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccess(String username) {
        accounts.findByUsernameIgnoreCase(username.strip()).ifPresent(a -> a.recordSuccess(clock.instant()));
    }
}
