package de.netzwerk.engagement.rest.dto;

import de.netzwerk.engagement.inbox.ReplayService;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a replay read and applied, and how long it took; the assessments follow. */
@Schema(name = "Result")
public record ReplayResultResponse(@Schema(required = true) long records, @Schema(required = true) long applied,
        @Schema(required = true) long skipped, @Schema(required = true) long unprocessable,
        @Schema(required = true) int partnersQueued,
        @Schema(required = true) long durationMillis, @Schema(required = true) ReplayService.RebuiltFrom rebuiltFrom) {

    public static ReplayResultResponse of(ReplayService.Result result) {
        return new ReplayResultResponse(result.records(), result.applied(), result.skipped(), result.unprocessable(),
                result.partnersQueued(), result.durationMillis(), result.rebuiltFrom());
    }
}
