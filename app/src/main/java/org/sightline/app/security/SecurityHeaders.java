package org.sightline.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Headers on every response, including those Spring Security's chain never sees (the sign-in
 * page and Vaadin's own resources): no content-type guessing, no address sent to other sites,
 * and on HTML pages a Content-Security-Policy. The policy is added when a response says it is
 * HTML, so a PDF read in the browser's own viewer is not held to a page's rules. Everything but
 * static files is marked not to be stored.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class SecurityHeaders extends OncePerRequestFilter {

    /**
     * Only this portal's own scripts, styles, images and connections (Vaadin needs inline styles
     * and its own inline and evaluated script); no plug-ins; no framing by anyone; forms posted
     * only here.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "frame-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** The theme, icons and Vaadin's own versioned files, which may be cached. */
    private static final java.util.regex.Pattern STATIC = java.util.regex.Pattern.compile("/(VAADIN|styles|icons)/");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (!STATIC.matcher(path).lookingAt()) {
            // Pages, their updates and downloads can carry a child's details: no browser or proxy keeps them.
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setContentType(String type) {
                super.setContentType(type);
                policyFor(type);
            }

            @Override
            public void setHeader(String name, String value) {
                super.setHeader(name, value);
                if ("Content-Type".equalsIgnoreCase(name)) {
                    policyFor(value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                super.addHeader(name, value);
                if ("Content-Type".equalsIgnoreCase(name)) {
                    policyFor(value);
                }
            }

            private void policyFor(String type) {
                if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("text/html")) {
                    super.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                    super.setHeader("X-Frame-Options", "DENY");
                }
            }
        });
    }
}
