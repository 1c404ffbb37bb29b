package org.sightline.app.security;

import java.util.EnumSet;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.people.PersonRepository;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.security.UserAccount;
import org.sightline.kernel.security.UserAccountRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On a new production database there is nobody to sign in. When {@code sightline.admin.username}
 * is set and no administrator exists yet, this creates one from configuration
 * ({@code SIGHTLINE_ADMIN_USERNAME}, {@code SIGHTLINE_ADMIN_EMAIL}, {@code SIGHTLINE_ADMIN_PASSWORD}).
 */
@Component
@Order(1)
public class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final PersonRepository people;
    private final UserAccountRepository accounts;
    private final PasswordEncoder encoder;
    private final TransactionTemplate transaction;
    private final String username;
    private final String email;
    private final String password;

    public FirstAdministrator(PersonRepository people, UserAccountRepository accounts, PasswordEncoder encoder,
                              TransactionTemplate transaction,
                              @Value("${sightline.admin.username:}") String username,
                              @Value("${sightline.admin.email:}") String email,
                              @Value("${sightline.admin.password:}") String password) {
        this.people = people;
        this.accounts = accounts;
        this.encoder = encoder;
        this.transaction = transaction;
        this.username = username;
        this.email = email;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank()) {
            return;
        }
        transaction.executeWithoutResult(status -> {
            boolean anyAdmin = people.findAll().stream().anyMatch(p -> p.hasRole(Role.ADMINISTRATOR));
            if (anyAdmin || accounts.existsByUsernameIgnoreCase(username)) {
                return;
            }
            if (password.length() < 12) {
                throw new IllegalStateException("sightline.admin.password must be at least 12 characters to create the first administrator");
            }
            Person admin = new Person("Sightline administrator", email.isBlank() ? username + "@localhost" : email);
            admin.setJobTitle("Administrator");
            admin.setRoles(EnumSet.of(Role.ADMINISTRATOR));
            admin = people.save(admin);
            accounts.save(new UserAccount(username, encoder.encode(password), admin));
            log.info("Created the first administrator account '{}'", username);
        });
    }
}
