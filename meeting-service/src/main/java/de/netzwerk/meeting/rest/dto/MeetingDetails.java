package de.netzwerk.meeting.rest.dto;

import de.netzwerk.meeting.MeetingFormat;

import java.time.OffsetDateTime;

/** What a coordinator says about a meeting, when scheduling it and when changing it. */
public interface MeetingDetails {

    String title();

    MeetingFormat format();

    OffsetDateTime startsAt();

    OffsetDateTime endsAt();

    String timeZone();

    String place();

    String onlineLink();

    String agenda();
}
