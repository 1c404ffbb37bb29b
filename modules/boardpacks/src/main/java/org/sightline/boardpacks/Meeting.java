package org.sightline.boardpacks;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.sightline.kernel.support.VersionedEntity;

/** A meeting of a board: when, where, and the agenda items, one per line. */
@Entity
@Table(name = "bp_meeting")
public class Meeting extends VersionedEntity {

    /** Text limits: each is the column's size (or the most kept), the service's check and the form field's maximum. */
    public static final int VENUE_MAX = 200;
    public static final int AGENDA_MAX = 4000;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "board_id")
    private Board board;

    @Column(name = "meets_on", nullable = false)
    private LocalDate meetsOn;

    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;

    @Column(length = VENUE_MAX)
    private String venue;

    @Lob
    @Column(length = 100_000_000)
    private String agenda;

    protected Meeting() {
    }

    Meeting(Board board, LocalDate meetsOn, LocalTime startsAt, String venue, String agenda) {
        this.board = board;
        this.meetsOn = meetsOn;
        this.startsAt = startsAt;
        this.venue = venue;
        this.agenda = agenda;
    }

    public List<String> agendaItems() {
        return agenda == null ? List.of() : Arrays.stream(agenda.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public Board getBoard() {
        return board;
    }

    public LocalDate getMeetsOn() {
        return meetsOn;
    }

    public LocalTime getStartsAt() {
        return startsAt;
    }

    public String getVenue() {
        return venue;
    }

    public String getAgenda() {
        return agenda;
    }
}
