package org.sightline.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.sightline.kernel.security.AddressThrottle;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands in front of the sign-in form's POST. A sign-in sent from another site is refused (a
 * page elsewhere must not be able to sign a browser in to an account of its choosing), judged
 * by the browser's {@code Origin} and {@code Sec-Fetch-Site} headers. An address that keeps
 * failing must wait before its next try ({@link AddressThrottle}); an early try is turned away
 * before any password is checked, with the same message as a wrong one.
 */
class SignInGuard extends OncePerRequestFilter {

    static final String PATH = "/login";

    private final AddressThrottle throttle;

    SignInGuard(AddressThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!sameSite(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "Sign in from the portal's own page.");
            return;
        }
        if (!throttle.mayTry(request.getRemoteAddr())) {
            response.sendRedirect(request.getContextPath() + PATH + "?error");
            return;
        }
        chain.doFilter(request, response);
    }

    /**
     * True unless the browser says the form came from another site. Browsers send
     * {@code Origin} with every form POST; a client that sends neither header is not a browser
     * that another site could drive.
     */
    static boolean sameSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return false;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String host = request.getHeader("Host");
        try {
            URI o = URI.create(origin);
            if (o.getHost() == null || host == null) {
                return false;
            }
            String authority = o.getPort() < 0 ? o.getHost() : o.getHost() + ":" + o.getPort();
            return authority.equalsIgnoreCase(host) || (o.getPort() < 0 && host.equalsIgnoreCase(o.getHost() + ":" + defaultPort(o)));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static int defaultPort(URI uri) {
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
