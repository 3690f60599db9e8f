package de.netzwerk.engagement.event;

import java.util.List;

/**
 * The data of an event this service reads, as its own record of the fields it uses. Each is a fact about a
 * network: applying the same facts in any order gives the same state (see repository/facts/FactStore).
 */
public sealed interface ConsumedEvent permits AttendanceRecorded, InvitationsSent, RsvpReceived, MeetingCancelled,
        MinutesPublished, MinutesAcknowledged, MembershipStarted, MembershipEnded, PartnerRegistered, PartnerLeft,
        GoalActorNeedsChanged, TaskEvent, PartnerErased, PersonalDataExportRequested, ExchangeEvent,
        NetworkSettingsEvent {

    String networkId();

    /** The partners, groups, meetings, tasks and goals the event names: each must belong to its network. */
    List<Subject> subjects();
}
