package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.rest.input.TimeZoneId;
import de.netzwerk.meeting.MeetingFormat;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "The whole of a meeting's details, replacing the earlier ones. A new start or end reschedules it.")
public record MeetingDetailsRequest(
        @Schema(examples = "AG Inklusion – Treffen im Dezember")
        @NotBlank @Size(max = 200) String title,
        @Schema(description = "Defaults to WORKING_MEETING", examples = "STEERING_MEETING")
        MeetingFormat format,
        @Schema(description = "ISO-8601 with offset", examples = "2026-12-10T18:00:00+01:00")
        @NotNull OffsetDateTime startsAt,
        @Schema(description = "ISO-8601 with offset, after startsAt", examples = "2026-12-10T20:00:00+01:00")
        @NotNull OffsetDateTime endsAt,
        @Schema(description = "IANA time zone where the meeting takes place; defaults to the network's", examples = "Europe/Berlin")
        @TimeZoneId @Size(max = 64) String timeZone,
        @Schema(examples = "Rathaus Musterstadt, Raum 2.14")
        @Size(max = 300) String place,
        @Schema(description = "http(s) link of an online meeting", examples = "https://meet.example.org/ag-inklusion")
        @Size(max = 2000) @Pattern(regexp = WEB_LINK, message = "{netzwerk.web-link}") String onlineLink,
        @Schema(examples = "1. Rückblick Aktionstag\n2. Barrierefreie Wege im Rathaus")
        @Size(max = 10000) String agenda) {

    static final String WEB_LINK = "^https?://[^\\s]+$";
}
