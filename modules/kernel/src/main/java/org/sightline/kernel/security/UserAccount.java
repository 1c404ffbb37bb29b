package org.sightline.kernel.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.support.VersionedEntity;

/** A person's sign-in: user name, password hash and the lock-out counters. */
@Entity
@Table(name = "user_account")
public class UserAccount extends VersionedEntity {

    @Column(nullable = false, unique = true, length = 80)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @OneToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "person_id", nullable = false, unique = true)
    private Person person;

    @Column(name = "failed_attempts", nullable = false)
    @org.sightline.kernel.audit.NotAudited
    private int failedAttempts;

    @Column(name = "locked_until")
    @org.sightline.kernel.audit.NotAudited
    private Instant lockedUntil;

    @Column(name = "last_sign_in")
    @org.sightline.kernel.audit.NotAudited
    private Instant lastSignIn;

    protected UserAccount() {
    }

    public UserAccount(String username, String passwordHash, Person person) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.person = person;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Person getPerson() {
        return person;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastSignIn() {
        return lastSignIn;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failed attempt; the {@code maxAttempts}-th in a row locks the account. */
    void recordFailure(Instant now, int maxAttempts, java.time.Duration lockFor) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            // an expired lock starts a fresh count
            lockedUntil = null;
            failedAttempts = 0;
        }
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
        }
    }

    void recordSuccess(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastSignIn = now;
    }
}
