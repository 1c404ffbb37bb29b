package org.sightline.complaints;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import org.sightline.kernel.people.Person;

/**
 * The stage 1 response: any extension agreed with the complainant, the draft's quality assurance,
 * the letter sent and its copy on the child's file, and the learning for the bulletin.
 */
@Embeddable
public class Stage1Response {

    @Column(name = "extended_due")
    private LocalDate extendedDue;

    @Column(name = "extension_reason", length = Complaint.REASON_MAX)
    private String extensionReason;

    @Column(name = "extension_agreed_on")
    private LocalDate extensionAgreedOn;

    @Column(name = "draft_for_qa_on")
    private LocalDate draftForQaOn;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "qa_by_id")
    private Person qaBy;

    @Column(name = "qa_on")
    private LocalDate qaOn;

    @Column(name = "response_sent_on")
    private LocalDate responseSentOn;

    @Column(name = "copy_on_file_on")
    private LocalDate copyOnFileOn;

    /** What the service learns from it, in a sentence or two, for the bulletin. */
    @Column(length = Complaint.NOTE_MAX)
    private String learning;

    void extend(LocalDate due, String reason, LocalDate agreedOn) {
        this.extendedDue = due;
        this.extensionReason = reason;
        this.extensionAgreedOn = agreedOn;
    }

    void draftForQa(LocalDate on) {
        this.draftForQaOn = on;
    }

    void qualityAssured(Person by, LocalDate on) {
        this.qaBy = by;
        this.qaOn = on;
    }

    void sent(LocalDate on) {
        this.responseSentOn = on;
    }

    void copyOnFile(LocalDate on) {
        this.copyOnFileOn = on;
    }

    void setLearning(String text) {
        this.learning = text;
    }

    public LocalDate getExtendedDue() {
        return extendedDue;
    }

    public String getExtensionReason() {
        return extensionReason;
    }

    public LocalDate getExtensionAgreedOn() {
        return extensionAgreedOn;
    }

    public LocalDate getDraftForQaOn() {
        return draftForQaOn;
    }

    public Person getQaBy() {
        return qaBy;
    }

    public LocalDate getQaOn() {
        return qaOn;
    }

    public LocalDate getResponseSentOn() {
        return responseSentOn;
    }

    public LocalDate getCopyOnFileOn() {
        return copyOnFileOn;
    }

    public String getLearning() {
        return learning;
    }
}
