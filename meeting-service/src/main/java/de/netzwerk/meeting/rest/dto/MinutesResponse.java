package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.Minutes;
import de.netzwerk.meeting.service.MinutesService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The minutes, whether they came out in time, and who was asked to read them and has done so. */
public record MinutesResponse(@Schema(required = true) UUID meetingId,
        @Schema(required = true, nullable = true) String text, @Schema(required = true, nullable = true) String link,
        @Schema(required = true) OffsetDateTime publishedAt, @Schema(required = true) OffsetDateTime updatedAt,
        @Schema(required = true) int daysAfter, @Schema(required = true) boolean late,
        @Schema(required = true) List<Reader> askedToRead,
        @Schema(required = true, description = "The same version as the ETag") long version) {

    /** An invitee who was not recorded present; {@code acknowledgedAt} is empty until they have read the minutes. */
    public record Reader(@Schema(required = true) UUID partnerId,
            @Schema(required = true, nullable = true) OffsetDateTime acknowledgedAt) {
    }

    public static MinutesResponse of(MinutesService.MinutesView view) {
        Minutes minutes = view.minutes();
        return new MinutesResponse(minutes.meetingId, minutes.text, minutes.link, minutes.publishedAt, minutes.updatedAt,
                minutes.daysAfter, minutes.late,
                view.askedToRead().stream().map(id -> new Reader(id, view.acknowledgedAt().get(id))).toList(),
                minutes.version);
    }
}
