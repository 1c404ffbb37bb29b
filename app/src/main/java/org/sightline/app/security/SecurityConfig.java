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

    /**
     * Module API endpoints that authenticate each call with their own key: no session, no CSRF
     * token, no redirect to the sign-in page. Matched before the portal's chain.
     */
    @Bean
    @org.springframework.core.annotation.Order(1)
    SecurityFilterChain moduleApiChain(HttpSecurity http, org.sightline.kernel.module.ModuleRegistry modules) throws Exception {
        String[] apiPaths = modules.modules().stream().flatMap(m -> m.apiPaths().stream()).toArray(String[]::new);
        // Everything under /api/ answers as an API: the modules' endpoints are open to their own
        // key check, any other address there is a JSON 404, never the sign-in page.
        http.securityMatcher(org.sightline.kernel.module.ApiErrors.PREFIX + "**")
                .authorizeHttpRequests(a -> {
                    if (apiPaths.length > 0) {
                        a.requestMatchers(apiPaths).permitAll();
                    }
                    a.anyRequest().denyAll();
                })
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> json(response, org.springframework.http.HttpStatus.NOT_FOUND,
                                "There is no API at this address."))
                        .accessDeniedHandler((request, response, ex) -> json(response, org.springframework.http.HttpStatus.NOT_FOUND,
                                "There is no API at this address.")))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable());
        return http.build();
    }

    private static void json(jakarta.servlet.http.HttpServletResponse response, org.springframework.http.HttpStatus status, String message)
            throws java.io.IOException {
        response.setStatus(status.value());
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(tools.jackson.databind.json.JsonMapper.builder().build()
                .writeValueAsString(org.sightline.kernel.module.ApiErrors.body(status, message)));
    }

    @Bean
    @org.springframework.core.annotation.Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, org.sightline.kernel.module.ModuleRegistry modules,
                                            org.sightline.kernel.security.AddressThrottle throttle) throws Exception {
        http.addFilterBefore(new SignInGuard(throttle),
                org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter.class);
        http.authorizeHttpRequests(a -> a
                // An error page shows a status and a short reason, nothing of the request's data;
                // without this, an error on an open endpoint turns into a redirect to sign in.
                .dispatcherTypeMatchers(jakarta.servlet.DispatcherType.ERROR).permitAll()
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
