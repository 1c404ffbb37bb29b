package org.sightline.kernel.notifications;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.sightline.kernel.audit.NotAudited;
import org.sightline.kernel.people.Person;
import org.sightline.kernel.support.AbstractEntity;

/** A notice in someone's notification centre. */
@Entity
@NotAudited
@Table(name = "notification")
public class Notification extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id")
    private Person recipient;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 2000)
    private String body;

    @Column(length = 500)
    private String link;

    @Column(nullable = false, length = 40)
    private String module;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(Person recipient, String title, String body, String link, String module, Instant createdAt) {
        this.recipient = recipient;
        this.title = title;
        this.body = body;
        this.link = link;
        this.module = module;
        this.createdAt = createdAt;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public String getLink() {
        return link;
    }

    public String getModule() {
        return module;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    public boolean isRead() {
        return readAt != null;
    }

    Person getRecipient() {
        return recipient;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }
}
