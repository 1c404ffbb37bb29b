package org.sightline.app.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.sightline.app.ui.LoginView;
import org.sightline.kernel.security.AccountService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form sign-in against accounts in the database. Method security is on: services check roles
 * themselves, so hiding a button is never the only guard.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
public class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, org.sightline.kernel.module.ModuleRegistry modules) throws Exception {
        http.authorizeHttpRequests(a -> a
                .requestMatchers("/actuator/health", "/actuator/health/**", "/styles/**", "/icons/**").permitAll());
        // Module endpoints with their own credential (calendar feeds): GET only, and no session.
        String[] modulePaths = modules.modules().stream().flatMap(m -> m.publicPaths().stream()).toArray(String[]::new);
        if (modulePaths.length > 0) {
            http.authorizeHttpRequests(a -> a.requestMatchers(org.springframework.http.HttpMethod.GET, modulePaths).permitAll());
        }
        // Unknown paths reach Vaadin for signed-in users, so they get the "Page not found" view
        // rather than a bare 403; anonymous visitors are still sent to sign in.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class, "/login")
                .anyRequest(any -> any.authenticated()));
        return http.build();
    }

    /** Delegating encoder: bcrypt today, and hashes keep their {id} so the algorithm can move on. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * One authentication manager for the form and for tests, publishing success and failure
     * events so the lock-out counters see every attempt.
     */
    @Bean
    AuthenticationManager authenticationManager(AccountService accounts, PasswordEncoder encoder,
                                                ApplicationEventPublisher events) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(encoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }
}
