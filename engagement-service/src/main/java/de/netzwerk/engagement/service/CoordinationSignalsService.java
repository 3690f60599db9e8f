package de.netzwerk.engagement.service;

import de.netzwerk.engagement.repository.CoordinationRepository;
import de.netzwerk.engagement.repository.PolicyStore;
import de.netzwerk.engagement.scoring.EngagementCalculator;
import de.netzwerk.engagement.scoring.Policy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * The coordinators' own punctuality (seed 000: "Seien Sie selbst verbindlich"): invitations sent later than the
 * policy asks, minutes published late or not at all. About the coordinators, not about a group's members.
 */
@ApplicationScoped
@Transactional
public class CoordinationSignalsService {

    /** At most this many meetings are listed of each kind; the counts count them all. */
    static final int LISTED = 50;

    private final CoordinationRepository meetings;
    private final PolicyStore policies;
    private final NetworkSettings networks;
    private final Clock clock;

    CoordinationSignalsService(CoordinationRepository meetings, PolicyStore policies, NetworkSettings networks,
            Clock clock) {
        this.meetings = meetings;
        this.policies = policies;
        this.networks = networks;
        this.clock = clock;
    }

    /** A meeting invited to late ({@code daysAhead}), or whose minutes are late or missing. */
    public record LateMeeting(UUID meetingId, UUID groupId, OffsetDateTime startsAt, Integer daysAhead,
            OffsetDateTime minutesPublishedAt) {
    }

    public record CoordinationSignals(LocalDate since, int invitationDaysAhead, int minutesWithinDays,
            int meetingsInvited, int invitationsLate, List<LateMeeting> lateInvitations, int meetingsHeld,
            int minutesLate, int minutesMissing, List<LateMeeting> lateOrMissingMinutes) {
    }

    /** The coordinators' punctuality over the last {@code days} days, by the network's policy. */
    public CoordinationSignals coordination(String network, int days) {
        ZoneId zone = networks.zoneOf(network);
        LocalDate today = EngagementCalculator.today(clock, zone);
        Policy policy = policies.current(network).policy();
        LocalDate since = today.minusDays(days);
        OffsetDateTime from = since.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), zone);
        List<CoordinationRepository.ScheduledMeeting> invited = meetings.invitedSince(network, from, zone);
        List<LateMeeting> lateInvitations = invited.stream()
                .filter(meeting -> meeting.invitationDaysAhead() != null
                        && meeting.invitationDaysAhead() < policy.invitationDaysAhead())
                .map(meeting -> new LateMeeting(meeting.meetingId(), meeting.groupId(), meeting.startsAt(),
                        meeting.invitationDaysAhead(), null))
                .toList();
        OffsetDateTime dueBy = now.minusDays(policy.minutesWithinDays());
        List<CoordinationRepository.ScheduledMeeting> held = meetings.heldBetween(network, from, now, zone);
        List<LateMeeting> minutes = held.stream()
                .filter(meeting -> minutesLate(meeting, policy) || minutesMissing(meeting, dueBy))
                .map(meeting -> new LateMeeting(meeting.meetingId(), meeting.groupId(), meeting.startsAt(), null,
                        meeting.minutesPublishedAt()))
                .toList();
        int late = (int) held.stream().filter(meeting -> minutesLate(meeting, policy)).count();
        int missing = (int) held.stream().filter(meeting -> minutesMissing(meeting, dueBy)).count();
        return new CoordinationSignals(since, policy.invitationDaysAhead(), policy.minutesWithinDays(), invited.size(),
                lateInvitations.size(), lateInvitations.stream().limit(LISTED).toList(), held.size(), late, missing,
                minutes.stream().limit(LISTED).toList());
    }

    private static boolean minutesLate(CoordinationRepository.ScheduledMeeting meeting, Policy policy) {
        return meeting.minutesPublishedAt() != null
                && meeting.minutesPublishedAt().isAfter(meeting.startsAt().plusDays(policy.minutesWithinDays()));
    }

    /** No minutes yet, though the time to publish them has passed. */
    private static boolean minutesMissing(CoordinationRepository.ScheduledMeeting meeting, OffsetDateTime dueBy) {
        return meeting.minutesPublishedAt() == null && meeting.startsAt().isBefore(dueBy);
    }
}
