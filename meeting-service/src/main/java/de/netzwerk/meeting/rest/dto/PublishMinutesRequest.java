package de.netzwerk.meeting.rest.dto;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

@Schema(description = "The minutes of a meeting: the text, a link to where they are kept, or both")
public record PublishMinutesRequest(
        @Schema(examples = "Anwesend: … Beschlüsse: 1. Der Aktionstag findet am 5. Mai statt. …")
        @Size(max = 100000) String text,
        @Schema(description = "http(s) link", examples = "https://cloud.example.org/s/protokoll-ag-inklusion-2026-10")
        @Size(max = 2000) @Pattern(regexp = MeetingDetailsRequest.WEB_LINK, message = "{netzwerk.web-link}") String link,
        @Schema(description = "When the minutes were really published, ISO-8601 with offset, for minutes entered after "
                + "the fact: not before the meeting started, not in the future. Absent: now, or, for minutes already "
                + "published, the publication date as recorded. An earlier time than the one recorded corrects it "
                + "(and is published again); a later one is refused (409).")
        OffsetDateTime publishedAt) {

    @Schema(hidden = true)
    @AssertTrue(message = "{netzwerk.minutes.text-or-link}")
    public boolean isText() {
        return (text != null && !text.isBlank()) || link != null;
    }
}
