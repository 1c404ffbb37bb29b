package org.sightline.kernel.audit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an entity: its rows are system bookkeeping (notifications read, mail send attempts) and
 * their changes are not written to the audit trail. On a field: a change to that field alone
 * (a sign-in counter, say) is not worth an entry.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD})
public @interface NotAudited {
}
