package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.Meeting;
import de.netzwerk.meeting.MeetingFormat;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A meeting; start and end carry the offset of the meeting's own time zone. Every field is always there, null where
 * it says so (required for generated clients).
 */
public record MeetingResponse(@Schema(required = true) UUID id, @Schema(required = true) UUID groupId,
        @Schema(required = true) String title, @Schema(required = true) MeetingFormat format,
        @Schema(required = true) OffsetDateTime startsAt, @Schema(required = true) OffsetDateTime endsAt,
        @Schema(required = true) String timeZone, @Schema(required = true, nullable = true) String place,
        @Schema(required = true, nullable = true) String onlineLink, @Schema(required = true, nullable = true) String agenda,
        @Schema(required = true) Meeting.Status status,
        @Schema(required = true, nullable = true) String cancellationReason,
        @Schema(required = true, nullable = true) OffsetDateTime cancelledAt, @Schema(required = true) int sequence,
        @Schema(required = true) OffsetDateTime createdAt,
        @Schema(required = true, description = "The last change of the meeting itself (details, cancellation): what "
                + "updatedSince compares") OffsetDateTime updatedAt,
        @Schema(required = true, description = "The same version as the ETag") long version) {

    public static MeetingResponse of(Meeting meeting) {
        return new MeetingResponse(meeting.id, meeting.groupId, meeting.title, meeting.format, meeting.start(),
                meeting.end(), meeting.timeZone, meeting.place, meeting.onlineLink, meeting.agenda, meeting.status,
                meeting.cancellationReason, meeting.cancelledAt, meeting.sequence, meeting.createdAt, meeting.updatedAt,
                meeting.version);
    }
}
