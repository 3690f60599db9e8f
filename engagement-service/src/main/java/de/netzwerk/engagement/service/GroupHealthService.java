package de.netzwerk.engagement.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import de.netzwerk.engagement.AlertRule;
import de.netzwerk.engagement.event.Subject;
import de.netzwerk.engagement.repository.PolicyStore;
import de.netzwerk.engagement.repository.SubjectStore;
import de.netzwerk.engagement.rules.GroupDyingRule;
import de.netzwerk.engagement.scoring.EngagementCalculator;
import de.netzwerk.engagement.scoring.Policy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A working group as a whole: who belongs to it and how engaged they are, how its meetings were attended, and
 * whether it is dying (most members at risk, or its recent meetings below quorum). Also the coordinators' own
 * punctuality (seed 000: "Seien Sie selbst verbindlich"): invitations sent late, minutes late or missing.
 */
@ApplicationScoped
@Transactional
public class GroupHealthService {

    /** Meetings looked at for a group's trend: the last 90 days against the 90 before. */
    static final int TREND_DAYS = 90;

    private final EntityManager entityManager;
    private final PolicyStore policies;
    private final SubjectStore subjects;
    private final AlertService alerts;
    private final NetworkSettings networks;
    private final Clock clock;
    private final GroupDyingRule dying = new GroupDyingRule();

    GroupHealthService(EntityManager entityManager, PolicyStore policies, SubjectStore subjects, AlertService alerts,
            NetworkSettings networks, Clock clock) {
        this.entityManager = entityManager;
        this.policies = policies;
        this.subjects = subjects;
        this.alerts = alerts;
        this.networks = networks;
        this.clock = clock;
    }

    /**
     * Raises GROUP_DYING for the group if the rules find it dying ({@link GroupDyingRule}), or adds new evidence to its
     * open alert: the meetings that fell below quorum, or the group itself when most of its members are at risk. A
     * group no longer dying has its alert's condition ended, like a partner's. A group nothing is known about any
     * more is left alone.
     */
    public void review(String network, UUID group) {
        Health health;
        try {
            health = health(network, group);
        } catch (ResourceNotFoundException gone) {
            return;
        }
        alerts.followGroup(network, group, AlertRule.GROUP_DYING, health.verdict().condition());
    }

    public record MeetingAttendance(@Schema(required = true) UUID meetingId,
            @Schema(required = true) OffsetDateTime startsAt, @Schema(required = true) int present,
            @Schema(required = true) int excused, @Schema(required = true) int absent,
            @Schema(required = true) double attendanceRate, @Schema(required = true) double commitmentRate,
            @Schema(required = true) boolean belowQuorum) {
    }

    public record Rates(@Schema(required = true) double attendanceRate,
            @Schema(required = true) double commitmentRate, @Schema(required = true) int meetings) {
    }

    public record Health(@Schema(required = true) UUID groupId, @Schema(required = true) LocalDate asOf,
            @Schema(required = true) int members, @Schema(required = true) Map<String, Integer> membersByBand,
            @Schema(required = true) Rates last90Days,
            @Schema(required = true) Rates previous90Days,
            @Schema(required = true, nullable = true) Double attendanceTrend,
            @Schema(required = true) List<MeetingAttendance> meetings, @Schema(required = true) boolean dying,
            @Schema(required = true) List<String> reasons, @JsonIgnore GroupDyingRule.Verdict verdict) {
    }

    /** The group's health; not found unless the group is known to the network from its events. */
    @SuppressWarnings("unchecked")
    public Health health(String network, UUID group) {
        if (!subjects.belongsTo(network, Subject.group(group))) {
            throw new ResourceNotFoundException("group", group);
        }
        ZoneId zone = networks.zoneOf(network);
        LocalDate today = EngagementCalculator.today(clock, zone);
        Policy policy = policies.current(network).policy();
        List<Object[]> members = entityManager.createNativeQuery("""
                        select m.partner_id, coalesce(e.band, 'UNSCORED') from membership m
                        left join partner_engagement e on e.network_id = m.network_id and e.partner_id = m.partner_id
                        where m.network_id = ?1 and m.group_id = ?2 and m.joined_on <= ?3
                          and (m.left_on is null or m.left_on < m.joined_on or m.left_on > ?3)""")
                .setParameter(1, network).setParameter(2, group).setParameter(3, today).getResultList();
        Map<String, Integer> byBand = new LinkedHashMap<>();
        for (String band : List.of("ENGAGED", "WATCH", "AT_RISK", "UNSCORED")) {
            byBand.put(band, 0);
        }
        members.forEach(row -> byBand.merge((String) row[1], 1, Integer::sum));

        OffsetDateTime since = today.minusDays(2L * TREND_DAYS).atStartOfDay(zone).toOffsetDateTime();
        List<Object[]> rows = entityManager.createNativeQuery("""
                        select a.meeting_id, min(a.meeting_starts_at),
                               count(*) filter (where a.status = 'PRESENT'),
                               count(*) filter (where a.status = 'EXCUSED'),
                               count(*) filter (where a.status = 'ABSENT'),
                               (select count(*) from invitation i where i.network_id = ?1 and i.meeting_id = a.meeting_id),
                               min(greatest(m.invitations_sent_at, m.invitations_recorded_at)), min(a.recorded_at)
                        from attendance a left join meeting m on m.network_id = a.network_id and m.meeting_id = a.meeting_id
                        where a.network_id = ?1 and a.group_id = ?2 and a.meeting_starts_at >= ?3 and m.cancelled_at is null
                        group by a.meeting_id order by 2 desc""")
                .setParameter(1, network).setParameter(2, group).setParameter(3, since).getResultList();
        if (members.isEmpty() && rows.isEmpty()) {
            throw new ResourceNotFoundException("group", group);
        }
        List<GroupDyingRule.Meeting> held = new ArrayList<>();
        for (Object[] row : rows) {
            held.add(new GroupDyingRule.Meeting((UUID) row[0], toOffset(row[1], zone), ((Number) row[2]).intValue(),
                    ((Number) row[3]).intValue(), ((Number) row[4]).intValue(), ((Number) row[5]).intValue(),
                    row[6] == null ? null : day(toOffset(row[6], zone), zone),
                    row[7] == null ? null : day(toOffset(row[7], zone), zone)));
        }
        List<MeetingAttendance> meetings = held.stream().map(meeting -> new MeetingAttendance(meeting.meetingId(),
                meeting.startsAt(), meeting.present(), meeting.excused(), meeting.absent(),
                rate(meeting.present(), meeting.recorded()), rate(meeting.present() + meeting.excused(), meeting.recorded()),
                meeting.belowQuorum(policy))).toList();
        LocalDate split = today.minusDays(TREND_DAYS);
        Rates recent = rates(meetings.stream().filter(m -> !day(m.startsAt(), zone).isBefore(split)).toList());
        Rates before = rates(meetings.stream().filter(m -> day(m.startsAt(), zone).isBefore(split)).toList());
        Double trend = recent.meetings() > 0 && before.meetings() > 0
                ? round(recent.attendanceRate() - before.attendanceRate()) : null;

        int scored = members.size() - byBand.get("UNSCORED");
        GroupDyingRule.Verdict verdict = dying.assess(new GroupDyingRule.GroupFacts(group, scored, byBand.get("AT_RISK"),
                held), policy, today, zone);
        return new Health(group, today, members.size(), byBand, recent, before, trend,
                meetings.stream().limit(20).toList(), verdict.dying(), verdict.reasons(), verdict);
    }

    public record LateMeeting(@Schema(required = true) UUID meetingId,
            @Schema(required = true, nullable = true) UUID groupId,
            @Schema(required = true) OffsetDateTime startsAt,
            @Schema(required = true, nullable = true) Integer daysAhead,
            @Schema(required = true, nullable = true) OffsetDateTime minutesPublishedAt) {
    }

    public record CoordinationSignals(@Schema(required = true) LocalDate since,
            @Schema(required = true) int invitationDaysAhead, @Schema(required = true) int minutesWithinDays,
            @Schema(required = true) int meetingsInvited,
            @Schema(required = true) int invitationsLate,
            @Schema(required = true) List<LateMeeting> lateInvitations,
            @Schema(required = true) int meetingsHeld, @Schema(required = true) int minutesLate,
            @Schema(required = true) int minutesMissing,
            @Schema(required = true) List<LateMeeting> lateOrMissingMinutes) {
    }

    /** The coordinators' own punctuality over the last {@code days} days, by the network's policy. */
    @SuppressWarnings("unchecked")
    public CoordinationSignals coordination(String network, int days) {
        ZoneId zone = networks.zoneOf(network);
        LocalDate today = EngagementCalculator.today(clock, zone);
        Policy policy = policies.current(network).policy();
        LocalDate since = today.minusDays(days);
        OffsetDateTime from = since.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime now = OffsetDateTime.now(zone);
        List<Object[]> invited = entityManager.createNativeQuery("""
                        select meeting_id, group_id, starts_at, invitation_days_ahead from meeting
                        where network_id = ?1 and starts_at >= ?2 and cancelled_at is null and invitations_sent_at is not null
                          and not coalesce(invitations_backfilled, false) order by starts_at desc""")
                .setParameter(1, network).setParameter(2, from).getResultList();
        List<LateMeeting> lateInvitations = invited.stream()
                .filter(row -> row[3] != null && ((Number) row[3]).intValue() < policy.invitationDaysAhead())
                .map(row -> new LateMeeting((UUID) row[0], (UUID) row[1], toOffset(row[2], zone),
                        ((Number) row[3]).intValue(), null))
                .toList();
        OffsetDateTime dueBy = now.minusDays(policy.minutesWithinDays());
        List<Object[]> held = entityManager.createNativeQuery("""
                        select meeting_id, group_id, starts_at, minutes_published_at from meeting
                        where network_id = ?1 and starts_at >= ?2 and starts_at < ?3 and cancelled_at is null
                        order by starts_at desc""")
                .setParameter(1, network).setParameter(2, from).setParameter(3, now).getResultList();
        List<LateMeeting> minutes = new ArrayList<>();
        int late = 0;
        int missing = 0;
        for (Object[] row : held) {
            OffsetDateTime startsAt = toOffset(row[2], zone);
            OffsetDateTime published = row[3] == null ? null : toOffset(row[3], zone);
            boolean isLate = published != null && published.isAfter(startsAt.plusDays(policy.minutesWithinDays()));
            boolean isMissing = published == null && startsAt.isBefore(dueBy);
            if (isLate || isMissing) {
                late += isLate ? 1 : 0;
                missing += isMissing ? 1 : 0;
                minutes.add(new LateMeeting((UUID) row[0], (UUID) row[1], startsAt, null, published));
            }
        }
        return new CoordinationSignals(since, policy.invitationDaysAhead(), policy.minutesWithinDays(), invited.size(),
                lateInvitations.size(), lateInvitations.stream().limit(50).toList(), held.size(), late, missing,
                minutes.stream().limit(50).toList());
    }

    private static Rates rates(List<MeetingAttendance> meetings) {
        int present = meetings.stream().mapToInt(MeetingAttendance::present).sum();
        int excused = meetings.stream().mapToInt(MeetingAttendance::excused).sum();
        int recorded = present + excused + meetings.stream().mapToInt(MeetingAttendance::absent).sum();
        return new Rates(rate(present, recorded), rate(present + excused, recorded), meetings.size());
    }

    private static double rate(int part, int whole) {
        return whole == 0 ? 0 : round(100.0 * part / whole);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static LocalDate day(OffsetDateTime time, ZoneId zone) {
        return time.atZoneSameInstant(zone).toLocalDate();
    }

    private static OffsetDateTime toOffset(Object value, ZoneId zone) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Instant instant) {
            return instant.atZone(zone).toOffsetDateTime();
        }
        return ((Timestamp) value).toInstant().atZone(zone).toOffsetDateTime();
    }
}
