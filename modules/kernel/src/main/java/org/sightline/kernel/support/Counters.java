package org.sightline.kernel.support;

import java.util.function.LongSupplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers handed out by the database, one named counter a row: complaint references per year
 * and the like. The increment is an UPDATE, so the row stays locked until the caller's
 * transaction ends and two requests — on one node or two — never get the same number. Numbers
 * are not gap-free: a transaction that rolls back gives its number back to nobody.
 */
@Service
public class Counters {

    private final JdbcTemplate jdbc;

    public Counters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The next number of the named counter, in the caller's transaction (which must exist, so
     * the lock lasts until the numbered record is written). A counter met for the first time
     * starts after {@code floor}: the highest number already used, for data that predates it.
     * Create counters ahead with {@link #prepare}: creating one here while others do the same
     * can make the database refuse all but one (a transient failure, to be retried).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long next(String name, LongSupplier floor) {
        for (int attempt = 0; attempt < 3; attempt++) {
            if (jdbc.update("UPDATE sl_counter SET last_value = last_value + 1 WHERE name = ?", name) == 1) {
                Long value = jdbc.queryForObject("SELECT last_value FROM sl_counter WHERE name = ?", Long.class, name);
                return value == null ? 0 : value;
            }
            try {
                long first = floor.getAsLong() + 1;
                jdbc.update("INSERT INTO sl_counter (name, last_value) VALUES (?, ?)", name, first);
                return first;
            } catch (DataIntegrityViolationException another) {
                // Another transaction created the counter first; take the next number after its.
            }
        }
        throw new IllegalStateException("Counter " + name + " could not be advanced");
    }

    /**
     * Creates the counter, starting after {@code floor}, in a transaction of its own, unless it
     * exists. Called ahead of need (at start-up, by a daily job), so that {@link #next} only
     * ever updates a row that is there.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void prepare(String name, LongSupplier floor) {
        Integer found = jdbc.queryForObject("SELECT COUNT(*) FROM sl_counter WHERE name = ?", Integer.class, name);
        if (found != null && found > 0) {
            return;
        }
        try {
            jdbc.update("INSERT INTO sl_counter (name, last_value) VALUES (?, ?)", name, floor.getAsLong());
        } catch (DataIntegrityViolationException another) {
            // Another node prepared it at the same moment: it is there, which is all we wanted.
        }
    }
}
