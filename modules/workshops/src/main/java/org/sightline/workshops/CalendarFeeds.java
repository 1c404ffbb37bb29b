package org.sightline.workshops;

import org.sightline.kernel.support.Hashes;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.Optional;
import org.sightline.kernel.calendar.ICalendar;
import org.sightline.kernel.notifications.MailSettings;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Private calendar feeds: a secret address per person that calendar apps subscribe to. The
 * address is the credential (calendar apps cannot sign in), so it is long and random, stored
 * only as a hash, and revocable; making a new one revokes the old.
 */
@Service
@Transactional
public class CalendarFeeds {

    public static final String PATH = "/feeds/workshops/";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FeedTokenRepository tokens;
    private final BookingRepository bookings;
    private final Invitations invitations;
    private final CurrentUser currentUser;
    private final MailSettings mail;
    private final Clock clock;

    public CalendarFeeds(FeedTokenRepository tokens, BookingRepository bookings, Invitations invitations,
                         CurrentUser currentUser, MailSettings mail, Clock clock) {
        this.tokens = tokens;
        this.bookings = bookings;
        this.invitations = invitations;
        this.currentUser = currentUser;
        this.mail = mail;
        this.clock = clock;
    }

    /** Makes a new feed address for the signed-in person, revoking any earlier one. Shown once. */
    @PreAuthorize("isAuthenticated() and !hasRole('BOARD_MEMBER')")
    public String createMine() {
        Person me = currentUser.require();
        LocalDateTime now = LocalDateTime.now(clock);
        tokens.findByPersonIdAndRevokedAtIsNull(me.getId()).forEach(t -> t.revoke(now));
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        tokens.save(new FeedToken(me, hash(token), now));
        return mail.portalUrl() + PATH + token + ".ics";
    }

    @PreAuthorize("isAuthenticated()")
    public void revokeMine() {
        LocalDateTime now = LocalDateTime.now(clock);
        tokens.findByPersonIdAndRevokedAtIsNull(currentUser.require().getId()).forEach(t -> t.revoke(now));
    }

    /** When the signed-in person's current feed address was made, if they have one. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<LocalDateTime> mineCreatedAt() {
        return tokens.findByPersonIdAndRevokedAtIsNull(currentUser.require().getId()).stream()
                .map(FeedToken::getCreatedAt).max(LocalDateTime::compareTo);
    }

    /**
     * The feed for a token, or empty if the token is unknown, revoked, or its owner has left.
     * Called without a signed-in user: the token is the credential.
     */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token == null || token.length() < 40 || token.length() > 60) {
            return Optional.empty();
        }
        return tokens.findByHash(hash(token))
                .filter(t -> !t.isRevoked() && t.getPerson().isActive())
                .map(t -> {
                    ICalendar cal = ICalendar.feed("Sightline workshops: " + t.getPerson().getFullName());
                    bookings.feedFor(t.getPerson().getId(), LocalDateTime.now(clock).minusMonths(3))
                            .forEach(b -> cal.add(invitations.feedEvent(b)));
                    return cal.write(clock.instant());
                });
    }

    static String hash(String token) {
        return Hashes.sha256Hex(token);
    }
}
