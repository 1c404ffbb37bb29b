package org.sightline.supervision;

import java.util.List;
import java.util.Set;
import org.sightline.kernel.people.Role;
import org.sightline.kernel.support.ValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators keep the audit-chain rules. */
@Service
@Transactional
public class ChainRules {

    private final ChainRuleRepository rules;

    public ChainRules(ChainRuleRepository rules) {
        this.rules = rules;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<ChainRule> all() {
        return rules.findAllByOrderByIdAsc();
    }

    @PreAuthorize("hasRole('ADMINISTRATOR')")
    public ChainRule change(long id, long version, Set<Role> roles, Integer intervalMonths, boolean active) {
        ChainRule r = rules.findById(id).orElseThrow();
        r.checkVersion(version);
        var errors = new ValidationException.Collector();
        if (roles == null || roles.isEmpty()) {
            errors.add("roles", "Choose at least one role.");
        } else if (roles.contains(Role.BOARD_MEMBER) || roles.contains(Role.ADMINISTRATOR) || roles.contains(Role.PRACTITIONER)) {
            errors.add("roles", "Only managers supervise others: choose manager roles.");
        }
        if (intervalMonths == null || intervalMonths < 1 || intervalMonths > 36) {
            errors.add("intervalMonths", "Enter how often, in months, from 1 to 36.");
        }
        errors.throwIfAny();
        r.change(roles, intervalMonths, active);
        return rules.saveAndFlush(r);
    }
}
