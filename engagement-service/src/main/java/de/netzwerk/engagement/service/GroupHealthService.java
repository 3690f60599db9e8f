package de.netzwerk.engagement.service;

import de.netzwerk.engagement.scoring.AlertRule;
import de.netzwerk.engagement.event.Subject;
import de.netzwerk.engagement.repository.GroupHealthRepository;
import de.netzwerk.engagement.repository.PolicyStore;
import de.netzwerk.engagement.repository.SubjectStore;
import de.netzwerk.engagement.scoring.rules.GroupDyingRule;
import de.netzwerk.engagement.scoring.EngagementCalculator;
import de.netzwerk.engagement.scoring.Policy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A working group as a whole: who belongs to it and how engaged they are, how its meetings were attended, and
 * whether it is dying (most members at risk, or its recent meetings below quorum).
 */
@ApplicationScoped
@Transactional
public class GroupHealthService {

    /** Meetings looked at for a group's trend: the last 90 days against the 90 before. */
    static final int TREND_DAYS = 90;

    private final GroupHealthRepository groups;
    private final PolicyStore policies;
    private final SubjectStore subjects;
    private final AlertService alerts;
    private final NetworkSettings networks;
    private final Clock clock;
    private final GroupDyingRule dying = new GroupDyingRule();

    GroupHealthService(GroupHealthRepository groups, PolicyStore policies, SubjectStore subjects, AlertService alerts,
            NetworkSettings networks, Clock clock) {
        this.groups = groups;
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

    /** Rates in percent, rounded to one decimal. */
    public record MeetingAttendance(UUID meetingId, OffsetDateTime startsAt, int present, int excused, int absent,
            double attendanceRate, double commitmentRate, boolean belowQuorum) {
    }

    public record Rates(double attendanceRate, double commitmentRate, int meetings) {
    }

    /** {@code attendanceTrend} is null unless meetings were held in both periods; {@code meetings} the last 20. */
    public record Health(UUID groupId, LocalDate asOf, int members, Map<String, Integer> membersByBand,
            Rates last90Days, Rates previous90Days, Double attendanceTrend, List<MeetingAttendance> meetings,
            boolean dying, List<String> reasons, GroupDyingRule.Verdict verdict) {
    }

    /** The group's health; not found unless the group is known to the network from its events. */
    public Health health(String network, UUID group) {
        if (!subjects.belongsTo(network, Subject.group(group))) {
            throw new ResourceNotFoundException("group", group);
        }
        ZoneId zone = networks.zoneOf(network);
        LocalDate today = EngagementCalculator.today(clock, zone);
        Policy policy = policies.current(network).policy();
        List<GroupHealthRepository.Member> members = groups.members(network, group, today);
        Map<String, Integer> byBand = new LinkedHashMap<>();
        for (String band : List.of("ENGAGED", "WATCH", "AT_RISK", "UNSCORED")) {
            byBand.put(band, 0);
        }
        members.forEach(member -> byBand.merge(member.band(), 1, Integer::sum));

        OffsetDateTime since = today.minusDays(2L * TREND_DAYS).atStartOfDay(zone).toOffsetDateTime();
        List<GroupHealthRepository.AttendedMeeting> attended = groups.meetingsSince(network, group, since, zone);
        if (members.isEmpty() && attended.isEmpty()) {
            throw new ResourceNotFoundException("group", group);
        }
        List<GroupDyingRule.Meeting> held = attended.stream().map(meeting -> new GroupDyingRule.Meeting(
                meeting.meetingId(), meeting.startsAt(), meeting.present(), meeting.excused(), meeting.absent(),
                meeting.invited(), day(meeting.invitationsSentAt(), zone), day(meeting.firstRecordedAt(), zone)))
                .toList();
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

    /** The day of the time in the network's zone; null stays null. */
    private static LocalDate day(OffsetDateTime time, ZoneId zone) {
        return time == null ? null : time.atZoneSameInstant(zone).toLocalDate();
    }
}
