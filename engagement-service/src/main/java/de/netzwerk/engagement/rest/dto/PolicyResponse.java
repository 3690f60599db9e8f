package de.netzwerk.engagement.rest.dto;

import de.netzwerk.engagement.config.DefaultPolicy;

public record PolicyResponse(int halfLifeDays, int absenceStreak, int overdueDays, int silenceDays, int engagedFrom,
        int watchFrom, int invitationDaysAhead, int minutesWithinDays) {

    public static PolicyResponse of(DefaultPolicy policy) {
        return new PolicyResponse(policy.halfLifeDays(), policy.absenceStreak(), policy.overdueDays(),
                policy.silenceDays(), policy.engagedFrom(), policy.watchFrom(), policy.invitationDaysAhead(),
                policy.minutesWithinDays());
    }
}
