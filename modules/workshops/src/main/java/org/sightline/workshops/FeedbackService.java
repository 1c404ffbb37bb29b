package org.sightline.workshops;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.sightline.kernel.security.CurrentUser;
import org.sightline.kernel.support.ValidationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Attendees' feedback: each person about their own attendance, once. */
@Service
@Transactional
@PreAuthorize("isAuthenticated() and !hasRole('BOARD_MEMBER')")
public class FeedbackService {

    private final BookingRepository bookings;
    private final FeedbackRepository feedback;
    private final CurrentUser currentUser;
    private final Clock clock;

    public FeedbackService(BookingRepository bookings, FeedbackRepository feedback, CurrentUser currentUser, Clock clock) {
        this.bookings = bookings;
        this.feedback = feedback;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in person's booking that the feedback is about. */
    @Transactional(readOnly = true)
    public Booking myAttendedBooking(long bookingId) {
        Booking b = bookings.findById(bookingId).orElseThrow(() -> new IllegalArgumentException("No booking " + bookingId));
        if (!b.getPerson().getId().equals(currentUser.require().getId())) {
            throw new AccessDeniedException("You can give feedback only on sessions you attended");
        }
        b.getSession().getWorkshop().getTitle();
        return b;
    }

    @Transactional(readOnly = true)
    public Optional<Feedback> existing(long bookingId) {
        myAttendedBooking(bookingId);
        return feedback.findByBookingId(bookingId);
    }

    /** Sessions I attended in the last three months and have not yet given feedback on. */
    @Transactional(readOnly = true)
    public List<Booking> awaitingMine() {
        return bookings.awaitingFeedback(currentUser.require().getId(), LocalDateTime.now(clock).minusMonths(3));
    }

    public Feedback submit(long bookingId, FeedbackForm form) {
        Booking b = myAttendedBooking(bookingId);
        if (b.getAttendance() == null || !b.getAttendance().attended()) {
            throw ValidationException.of("", "Feedback opens once the facilitator has marked you as attending.");
        }
        if (feedback.existsByBookingId(bookingId)) {
            throw ValidationException.of("", "You have already given feedback on this session. Thank you.");
        }
        var errors = new ValidationException.Collector();
        if (form.usefulness() == null || form.usefulness() < 1 || form.usefulness() > 5) {
            errors.add("usefulness", "Choose how useful it was, from 1 (not useful) to 5 (very useful).");
        }
        if (form.delivery() == null || form.delivery() < 1 || form.delivery() > 5) {
            errors.add("delivery", "Choose how well it was delivered, from 1 (poorly) to 5 (very well).");
        }
        errors.maxLength("doDifferently", form.doDifferently(), Feedback.TEXT_MAX, "this");
        errors.maxLength("comments", form.comments(), Feedback.TEXT_MAX, "this");
        errors.throwIfAny();
        return feedback.save(new Feedback(b, form.usefulness(), form.delivery(), blankToNull(form.doDifferently()),
                blankToNull(form.comments()), LocalDateTime.now(clock)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
