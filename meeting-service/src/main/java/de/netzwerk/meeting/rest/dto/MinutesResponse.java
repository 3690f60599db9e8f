package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.Minutes;
import de.netzwerk.meeting.service.MinutesService;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The minutes, whether they came out in time, and who was asked to read them and has done so. */
public record MinutesResponse(UUID meetingId, String text, String link, OffsetDateTime publishedAt,
        OffsetDateTime updatedAt, int daysAfter, boolean late, List<Reader> askedToRead, long version) {

    /** An invitee who was not recorded present; {@code acknowledgedAt} is empty until they have read the minutes. */
    public record Reader(UUID partnerId, OffsetDateTime acknowledgedAt) {
    }

    public static MinutesResponse of(MinutesService.MinutesView view) {
        Minutes minutes = view.minutes();
        return new MinutesResponse(minutes.meetingId, minutes.text, minutes.link, minutes.publishedAt, minutes.updatedAt,
                minutes.daysAfter, minutes.late,
                view.askedToRead().stream().map(id -> new Reader(id, view.acknowledgedAt().get(id))).toList(),
                minutes.version);
    }
}
