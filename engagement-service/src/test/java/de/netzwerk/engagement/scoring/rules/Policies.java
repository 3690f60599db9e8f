package de.netzwerk.engagement.scoring.rules;

import de.netzwerk.engagement.scoring.Policy;

/** Object mother of engagement policies: the defaults of DESIGN.md, and one number changed where a test needs it. */
final class Policies {

    private Policies() {
    }

    /** Half-life 60 days; weights 50/30/20; excused 50 %; bands from 70 and 40; streak 2; overdue 14; silence 90. */
    static Policy standard() {
        return new Policy(60, 50, 30, 20, 50, 28, 14, 70, 40, 90, 2, 14, 90, 20, 60, 7, 14, 50);
    }

    static Policy withAbsenceStreak(int absences) {
        Policy p = standard();
        return new Policy(p.halfLifeDays(), p.attendanceWeight(), p.taskWeight(), p.responsivenessWeight(),
                p.excusedCredit(), p.lateToleranceDays(), p.minutesReadDays(), p.engagedFrom(), p.watchFrom(),
                p.baselineDays(), absences, p.overdueDays(), p.silenceDays(), p.scoreDropLimit(),
                p.scoreDropWindowDays(), p.invitationDaysAhead(), p.minutesWithinDays(), p.groupQuorumPercent());
    }
}
