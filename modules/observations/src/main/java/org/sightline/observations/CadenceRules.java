package org.sightline.observations;

import java.util.List;
import java.util.Set;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators keep the cadence rules; everyone with the compliance view reads them. */
@Service
@Transactional
public class CadenceRules {

    private final CadenceRuleRepository rules;

    public CadenceRules(CadenceRuleRepository rules) {
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<CadenceRule> all() {
        return rules.findAllByOrderByIdAsc();
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public CadenceRule change(long id, long version, Set<Role> roles, CadenceRule.Observer observer, Integer intervalMonths,
                              boolean active) {
        CadenceRule r = rules.findById(id).orElseThrow();
        r.checkVersion(version);
        var errors = new ValidationException.Collector();
        if (roles == null || roles.isEmpty()) {
            errors.add("roles", "Choose at least one role.");
        } else if (roles.contains(Role.BOARD_MEMBER) || roles.contains(Role.ADMINISTRATOR)) {
            errors.add("roles", "Board members and administrators are not observed and do not observe practice.");
        }
        if (r.getKind() == CadenceRule.Kind.OBSERVED && observer == null) {
            errors.add("observer", "Choose who observes them.");
        }
        if (intervalMonths == null || intervalMonths < 1 || intervalMonths > 36) {
            errors.add("intervalMonths", "Enter how often, in months, from 1 to 36.");
        }
        errors.throwIfAny();
        r.change(roles, r.getKind() == CadenceRule.Kind.OBSERVED ? observer : null, intervalMonths, active);
        return rules.saveAndFlush(r);
    }
}
