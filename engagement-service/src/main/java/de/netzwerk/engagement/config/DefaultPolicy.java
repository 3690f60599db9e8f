package de.netzwerk.engagement.config;

import de.netzwerk.engagement.scoring.Policy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The engagement policy a network starts with (DESIGN.md, "Engagement model"). Every number can later be
 * changed per network; these are the defaults an operator may tune for the whole installation.
 */
@ConfigMapping(prefix = "netzwerk.engagement.default-policy")
public interface DefaultPolicy {

    /** Half-life of attendance and task signals: recent behaviour counts most. */
    @WithDefault("60")
    int halfLifeDays();

    /** Consecutive unexcused absences in one group that raise an alert. */
    @WithDefault("2")
    int absenceStreak();

    /** Days a task may be overdue before it raises an alert. */
    @WithDefault("14")
    int overdueDays();

    /** Days without attendance, RSVP or task activity, while in an active group, that raise an alert. */
    @WithDefault("90")
    int silenceDays();

    /** Lowest score still in the band "engaged". */
    @WithDefault("70")
    int engagedFrom();

    /** Lowest score still in the band "watch"; below it a partner is "at risk". */
    @WithDefault("40")
    int watchFrom();

    /** Share of the score that attendance has, in percent. */
    @WithDefault("50")
    int attendanceWeight();

    /** Share of the score that task reliability has, in percent. */
    @WithDefault("30")
    int taskWeight();

    /** Share of the score that responsiveness (answers, minutes read) has, in percent. */
    @WithDefault("20")
    int responsivenessWeight();

    /** What an excused absence counts, in percent of a presence: saying one cannot come is commitment. */
    @WithDefault("50")
    int excusedCredit();

    /** A task this many days late (or overdue) counts nothing; fewer days count in proportion. */
    @WithDefault("28")
    int lateToleranceDays();

    /** Days after being asked to read missed minutes before not having read them counts. */
    @WithDefault("14")
    int minutesReadDays();

    /** The partner's own baseline is their score this many days ago. */
    @WithDefault("90")
    int baselineDays();

    /** A fall of the score by more points than this within the window raises an alert. */
    @WithDefault("20")
    int scoreDropLimit();

    /** The window of the score drop rule, in days. */
    @WithDefault("60")
    int scoreDropWindowDays();

    /** A meeting with fewer of the group's members present than this share is below quorum. */
    @WithDefault("50")
    int groupQuorumPercent();

    /** Days before a meeting by which invitations should go out. */
    @WithDefault("7")
    int invitationDaysAhead();

    /** Days after a meeting by which its minutes should be published. */
    @WithDefault("14")
    int minutesWithinDays();

    default Policy toPolicy() {
        return new Policy(halfLifeDays(), attendanceWeight(), taskWeight(), responsivenessWeight(), excusedCredit(),
                lateToleranceDays(), minutesReadDays(), engagedFrom(), watchFrom(), baselineDays(), absenceStreak(),
                overdueDays(), silenceDays(), scoreDropLimit(), scoreDropWindowDays(), invitationDaysAhead(),
                minutesWithinDays(), groupQuorumPercent());
    }
}
