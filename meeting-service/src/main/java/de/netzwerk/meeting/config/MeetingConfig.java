package de.netzwerk.meeting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.net.URI;

/**
 * The meeting rules of the default engagement policy (DESIGN.md; per-network policies come later), and where this
 * service is reached from outside.
 */
@ConfigMapping(prefix = "netzwerk.meetings")
public interface MeetingConfig {

    /** Invitations sent fewer calendar days before the meeting are flagged as late. */
    @WithDefault("7")
    int invitationDaysAhead();

    /** Minutes published more calendar days after the meeting than this are flagged as late. */
    @WithDefault("14")
    int minutesWithinDays();

    /**
     * The address under which people and their calendar clients reach this service's API, as calendar entries link
     * to their meeting. Configured, never taken from a request: its Host header is whatever the caller wrote.
     */
    URI publicBaseUrl();
}
