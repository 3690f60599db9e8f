package de.netzwerk.engagement.rest.dto;

import de.netzwerk.engagement.repository.PolicyStore;
import de.netzwerk.engagement.scoring.Policy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/** The policy in force; version 0 is the installation's default, never changed for this network. */
public record PolicyResponse(@Schema(required = true, description = "The policy's version, as its ETag") int version,
        @Schema(required = true, nullable = true, description = "Null for version 0, the installation's default") OffsetDateTime changedAt,
        @Schema(required = true, nullable = true, description = "Null for version 0, the installation's default") String changedBy,
        @Schema(required = true) int halfLifeDays, @Schema(required = true) int attendanceWeight,
        @Schema(required = true) int taskWeight, @Schema(required = true) int responsivenessWeight,
        @Schema(required = true) int excusedCredit, @Schema(required = true) int lateToleranceDays,
        @Schema(required = true) int minutesReadDays, @Schema(required = true) int engagedFrom,
        @Schema(required = true) int watchFrom, @Schema(required = true) int baselineDays,
        @Schema(required = true) int absenceStreak, @Schema(required = true) int overdueDays,
        @Schema(required = true) int silenceDays, @Schema(required = true) int scoreDropLimit,
        @Schema(required = true) int scoreDropWindowDays, @Schema(required = true) int invitationDaysAhead,
        @Schema(required = true) int minutesWithinDays, @Schema(required = true) int groupQuorumPercent) {

    public static PolicyResponse of(PolicyStore.Versioned versioned) {
        Policy p = versioned.policy();
        return new PolicyResponse(versioned.version(), versioned.changedAt(), versioned.changedBy(), p.halfLifeDays(),
                p.attendanceWeight(), p.taskWeight(), p.responsivenessWeight(), p.excusedCredit(), p.lateToleranceDays(),
                p.minutesReadDays(), p.engagedFrom(), p.watchFrom(), p.baselineDays(), p.absenceStreak(), p.overdueDays(),
                p.silenceDays(), p.scoreDropLimit(), p.scoreDropWindowDays(), p.invitationDaysAhead(),
                p.minutesWithinDays(), p.groupQuorumPercent());
    }
}
