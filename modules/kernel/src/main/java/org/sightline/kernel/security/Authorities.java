package org.sightline.kernel.security;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.people.RoleGroup;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The one place roles become Spring Security authorities: each role, and each {@link RoleGroup} it belongs to. */
public final class Authorities {

    private Authorities() {
    }

    public static List<GrantedAuthority> of(Collection<Role> roles) {
        return Stream.concat(roles.stream().map(Role::authority), RoleGroup.of(roles).stream().map(RoleGroup::authority))
                .map(a -> (GrantedAuthority) new SimpleGrantedAuthority(a)).toList();
    }

    /** Who the portal acts as when it does work no person asked for (a scheduled job, the demo data). */
    public static Authentication system(String name, Role... roles) {
        return UsernamePasswordAuthenticationToken.authenticated(name, null, of(List.of(roles)));
    }
}
