package de.netzwerk.meeting.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The meeting rules of the default engagement policy (DESIGN.md); per-network policies come later. */
@ConfigMapping(prefix = "netzwerk.meeting")
public interface MeetingConfig {

    /** Invitations sent fewer calendar days before the meeting are flagged as late. */
    @WithDefault("7")
    int invitationDaysAhead();
}
