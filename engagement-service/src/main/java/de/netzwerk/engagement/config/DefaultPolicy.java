package de.netzwerk.engagement.config;

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

    /** Days before a meeting by which invitations should go out. */
    @WithDefault("7")
    int invitationDaysAhead();

    /** Days after a meeting by which its minutes should be published. */
    @WithDefault("14")
    int minutesWithinDays();
}
