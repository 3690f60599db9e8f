package de.netzwerk.engagement.rest.dto;

import de.netzwerk.engagement.scoring.Policy;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new version of the network's engagement policy. Every field is required; the version the change is based on
 * travels in If-Match. The three weights add up to 100.
 */
public record PolicyRequest(
        @NotNull @Min(7) @Max(730) @Schema(example = "60") Integer halfLifeDays,
        @NotNull @Min(0) @Max(100) @Schema(example = "50") Integer attendanceWeight,
        @NotNull @Min(0) @Max(100) @Schema(example = "30") Integer taskWeight,
        @NotNull @Min(0) @Max(100) @Schema(example = "20") Integer responsivenessWeight,
        @NotNull @Min(0) @Max(100) @Schema(example = "50") Integer excusedCredit,
        @NotNull @Min(1) @Max(365) @Schema(example = "28") Integer lateToleranceDays,
        @NotNull @Min(1) @Max(365) @Schema(example = "14") Integer minutesReadDays,
        @NotNull @Min(1) @Max(100) @Schema(example = "70") Integer engagedFrom,
        @NotNull @Min(0) @Max(99) @Schema(example = "40") Integer watchFrom,
        @NotNull @Min(7) @Max(730) @Schema(example = "90") Integer baselineDays,
        @NotNull @Min(1) @Max(20) @Schema(example = "2") Integer absenceStreak,
        @NotNull @Min(0) @Max(365) @Schema(example = "14") Integer overdueDays,
        @NotNull @Min(7) @Max(730) @Schema(example = "90") Integer silenceDays,
        @NotNull @Min(1) @Max(100) @Schema(example = "20") Integer scoreDropLimit,
        @NotNull @Min(7) @Max(365) @Schema(example = "60") Integer scoreDropWindowDays,
        @NotNull @Min(0) @Max(90) @Schema(example = "7") Integer invitationDaysAhead,
        @NotNull @Min(0) @Max(90) @Schema(example = "14") Integer minutesWithinDays,
        @NotNull @Min(1) @Max(100) @Schema(example = "50") Integer groupQuorumPercent) {

    public Policy toPolicy() {
        return new Policy(halfLifeDays, attendanceWeight, taskWeight, responsivenessWeight, excusedCredit,
                lateToleranceDays, minutesReadDays, engagedFrom, watchFrom, baselineDays, absenceStreak, overdueDays,
                silenceDays, scoreDropLimit, scoreDropWindowDays, invitationDaysAhead, minutesWithinDays,
                groupQuorumPercent);
    }
}
