package de.netzwerk.engagement.scoring;

/**
 * The numbers behind a network's scores, bands and alerts (DESIGN.md, "Engagement model"). Weights and
 * credits are percentages. A network starts with the installation's defaults; each change is a new version.
 *
 * @param halfLifeDays          after this many days an attendance, answer or task counts half as much
 * @param attendanceWeight      share of the score that attendance has, in percent
 * @param taskWeight            share of task reliability, in percent
 * @param responsivenessWeight  share of responsiveness (answering invitations, reading missed minutes), in percent
 * @param excusedCredit         what an excused absence counts, in percent of a presence ("commitment")
 * @param lateToleranceDays     a task this many days late (or overdue) counts nothing; fewer days count in proportion
 * @param minutesReadDays       days after being asked to read minutes before not having read them counts
 * @param engagedFrom           lowest score in the band "engaged"
 * @param watchFrom             lowest score in the band "watch"; below it "at risk"
 * @param baselineDays          the partner's own baseline is their score this many days ago
 * @param absenceStreak         consecutive unexcused absences in one group that raise an alert
 * @param overdueDays           days a task may be overdue before it raises an alert (the escalation threshold)
 * @param silenceDays           days without attendance, answer, task or exchange activity, while in an active group
 * @param scoreDropLimit        a fall of the score by more points than this within scoreDropWindowDays raises an alert
 * @param scoreDropWindowDays   the window of the score drop rule
 * @param invitationDaysAhead   days before a meeting by which invitations should go out (coordinators' signal)
 * @param minutesWithinDays     days after a meeting by which minutes should be published (coordinators' signal)
 * @param groupQuorumPercent    a meeting with fewer members present than this share is below quorum (group health)
 */
public record Policy(int halfLifeDays, int attendanceWeight, int taskWeight, int responsivenessWeight,
        int excusedCredit, int lateToleranceDays, int minutesReadDays, int engagedFrom, int watchFrom,
        int baselineDays, int absenceStreak, int overdueDays, int silenceDays, int scoreDropLimit,
        int scoreDropWindowDays, int invitationDaysAhead, int minutesWithinDays, int groupQuorumPercent) {

    public Band bandOf(int score) {
        if (score >= engagedFrom) {
            return Band.ENGAGED;
        }
        return score >= watchFrom ? Band.WATCH : Band.AT_RISK;
    }
}
