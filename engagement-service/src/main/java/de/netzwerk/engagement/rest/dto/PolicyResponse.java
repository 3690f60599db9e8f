package de.netzwerk.engagement.rest.dto;

import de.netzwerk.engagement.repository.PolicyStore;
import de.netzwerk.engagement.scoring.Policy;

import java.time.OffsetDateTime;

/** The policy in force; version 0 is the installation's default, never changed for this network. */
public record PolicyResponse(int version, OffsetDateTime changedAt, String changedBy, int halfLifeDays,
        int attendanceWeight, int taskWeight, int responsivenessWeight, int excusedCredit, int lateToleranceDays,
        int minutesReadDays, int engagedFrom, int watchFrom, int baselineDays, int absenceStreak, int overdueDays,
        int silenceDays, int scoreDropLimit, int scoreDropWindowDays, int invitationDaysAhead, int minutesWithinDays,
        int groupQuorumPercent) {

    public static PolicyResponse of(PolicyStore.Versioned versioned) {
        Policy p = versioned.policy();
        return new PolicyResponse(versioned.version(), versioned.changedAt(), versioned.changedBy(), p.halfLifeDays(),
                p.attendanceWeight(), p.taskWeight(), p.responsivenessWeight(), p.excusedCredit(), p.lateToleranceDays(),
                p.minutesReadDays(), p.engagedFrom(), p.watchFrom(), p.baselineDays(), p.absenceStreak(), p.overdueDays(),
                p.silenceDays(), p.scoreDropLimit(), p.scoreDropWindowDays(), p.invitationDaysAhead(),
                p.minutesWithinDays(), p.groupQuorumPercent());
    }
}
