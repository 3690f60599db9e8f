package de.netzwerk.engagement.service;

import de.netzwerk.engagement.Histories;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static de.netzwerk.engagement.Histories.daysAgo;

/**
 * Four months of one working group, entered after the fact, as the records partner-, meeting- and task-service would
 * publish them (and one pause a coordinator enters), in the order they happened. Every object has a name (A–D
 * partners, G the group, M0–M8 meetings, T1–T3 tasks) so that runs in different networks, with different ids, can
 * be compared.
 *
 * <ul>
 *   <li>A comes to every meeting and answers every invitation; their attendance at M4 is first recorded ABSENT, then
 *   corrected (revision 2) after M5; they finish T1 on time.</li>
 *   <li>B comes until M5, then misses M6–M8 without excuse and never reads the minutes; T2 is 40 days overdue (task-service's deadline clock said so).</li>
 *   <li>C is paused from day −60 (illness), entered before the rest, and misses everything in the pause.</li>
 *   <li>D joins on day −50, declines M7 in time (excused), reads its minutes, finishes T3 two days late.</li>
 *   <li>M0, 126 days ago, is entered last: its invitations marked backfilled, then its attendance.</li>
 * </ul>
 */
final class BackfilledNetwork {

    /** One thing that happens: a record on a topic, or a pause entered by a coordinator. */
    sealed interface Step permits Event, Pause {

        /**
         * What it is ordered with: Kafka keeps the order of one key in one partition, nothing more (each key is taken
         * as its own partition, the least order Kafka may give).
         */
        String stream();
    }

    record Event(ProducerRecord<String, String> record) implements Step {

        @Override
        public String stream() {
            return record.topic() + "/" + record.key();
        }
    }

    /** A pause a coordinator enters, once the partner is known; see {@link #setup()}. */
    record Pause(UUID partner, LocalDate startsOn, LocalDate until) implements Step {

        @Override
        public String stream() {
            return "partner-events/" + partner;
        }
    }

    private static final int[] MEETING_DAYS = { 126, 112, 98, 84, 70, 56, 42, 28, 14 };

    final String network;
    /** Name of every id, the network's included. */
    final Map<String, String> names = new LinkedHashMap<>();
    final UUID group = id("G");
    final UUID a = id("A");
    final UUID b = id("B");
    final UUID c = id("C");
    final UUID d = id("D");
    final List<UUID> partners = List.of(a, b, c, d);
    private final UUID[] meetings = new UUID[MEETING_DAYS.length];
    private final List<ProducerRecord<String, String>> records = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private int setupSteps;
    private final Histories events;

    BackfilledNetwork(String network) {
        this.network = network;
        names.put(network, "N");
        for (int i = 0; i < meetings.length; i++) {
            meetings[i] = id("M" + i);
        }
        events = Histories.recording(network, records);
        write();
    }

    /** Everything in the order it happened. */
    List<Step> inOrder() {
        return List.copyOf(steps);
    }

    /**
     * What comes first in every order: C is registered and paused before any of the history the pause covers is
     * entered. A pause entered after the records it covers rightly raises alerts while it is not known (what the facts
     * said then) and withdraws them once it is; that is no question of order between topics.
     */
    List<Step> setup() {
        return List.copyOf(steps.subList(0, setupSteps));
    }

    /** The rest, whose order is left to the topics. */
    List<Step> history() {
        return List.copyOf(steps.subList(setupSteps, steps.size()));
    }

    /** The text with every id replaced by its name. */
    String named(String text) {
        String result = text;
        for (Map.Entry<String, String> name : names.entrySet()) {
            result = result.replace(name.getKey(), name.getValue());
        }
        return result;
    }

    private UUID id(String name) {
        UUID id = UUID.randomUUID();
        names.put(id.toString(), name);
        return id;
    }

    private void write() {
        UUID t1 = id("T1");
        UUID t2 = id("T2");
        UUID t3 = id("T3");
        record(() -> events.partnerRegistered(c));
        steps.add(new Pause(c, daysAgo(60), daysAgo(-30)));
        setupSteps = steps.size();
        for (UUID partner : List.of(a, b, c)) {
            if (partner != c) {
                record(() -> events.partnerRegistered(partner));
            }
            record(() -> events.membership(partner, group, daysAgo(300)));
        }
        record(() -> events.taskAssigned(t1, a, daysAgo(80), daysAgo(100)));
        meeting(1, new UUID[] { a, b, c }, Map.of(a, "PRESENT", b, "PRESENT", c, "PRESENT"));
        meeting(2, new UUID[] { a, b, c }, Map.of(a, "PRESENT", b, "PRESENT", c, "PRESENT"));
        meeting(3, new UUID[] { a, b, c }, Map.of(a, "PRESENT", b, "PRESENT", c, "PRESENT"));
        record(() -> events.taskCompleted(t1, a, daysAgo(80), daysAgo(82)));
        meeting(4, new UUID[] { a, b, c }, Map.of(a, "ABSENT", b, "PRESENT", c, "PRESENT"));
        record(() -> events.taskAssigned(t2, b, daysAgo(40), daysAgo(60)));
        record(() -> events.taskOverdue(t2, b, daysAgo(40)));
        record(() -> events.partnerRegistered(d));
        record(() -> events.membership(d, group, daysAgo(50)));
        meeting(5, new UUID[] { a, b, c }, Map.of(a, "PRESENT", b, "PRESENT", c, "ABSENT"));
        record(() -> events.attendanceEnteredNow(a, group, meetings[4], daysAgo(MEETING_DAYS[4]), "PRESENT", 2));
        record(() -> events.taskAssigned(t3, d, daysAgo(20), daysAgo(45)));
        meeting(6, new UUID[] { a, b, c, d }, Map.of(a, "PRESENT", b, "ABSENT", c, "ABSENT", d, "PRESENT"));
        record(() -> events.minutesPublished(meetings[6], group, daysAgo(MEETING_DAYS[6]), 3, b, c));
        record(() -> events.rsvp(d, meetings[7], group, daysAgo(MEETING_DAYS[7]), "DECLINED"));
        meeting(7, new UUID[] { a, b, c, d }, Map.of(a, "PRESENT", b, "ABSENT", c, "ABSENT", d, "EXCUSED"));
        record(() -> events.minutesPublished(meetings[7], group, daysAgo(MEETING_DAYS[7]), 2, b, c, d));
        record(() -> events.minutesAcknowledged(d, meetings[7], group, daysAgo(MEETING_DAYS[7]), daysAgo(25)));
        record(() -> events.taskCompleted(t3, d, daysAgo(20), daysAgo(18)));
        meeting(8, new UUID[] { a, b, c, d }, Map.of(a, "PRESENT", b, "ABSENT", c, "ABSENT", d, "PRESENT"));
        // The late backfill: a meeting four months back, its invitations entered today.
        record(() -> events.invitationsEnteredNow(meetings[0], group, daysAgo(MEETING_DAYS[0]), a, b, c));
        for (UUID partner : List.of(a, b, c)) {
            record(() -> events.attendanceEnteredNow(partner, group, meetings[0], daysAgo(MEETING_DAYS[0]), "PRESENT"));
        }
    }

    /**
     * Invitations ten days ahead, A's acceptance, then each invitee's attendance — entered today with their original
     * dates, as meeting-service's history request publishes them (each carries the time it was entered).
     */
    private void meeting(int number, UUID[] invitees, Map<UUID, String> attendance) {
        UUID meeting = meetings[number];
        LocalDate day = daysAgo(MEETING_DAYS[number]);
        record(() -> events.invitationsEnteredNowWithTheirDate(meeting, group, day, 10, invitees));
        record(() -> events.rsvp(a, meeting, group, day, "ACCEPTED"));
        for (UUID partner : invitees) {
            record(() -> events.attendanceEnteredNow(partner, group, meeting, day, attendance.get(partner)));
        }
    }

    private void record(Runnable write) {
        int before = records.size();
        write.run();
        records.subList(before, records.size()).forEach(record -> steps.add(new Event(record)));
    }
}
