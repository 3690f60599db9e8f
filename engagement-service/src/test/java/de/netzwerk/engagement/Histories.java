package de.netzwerk.engagement;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

/**
 * Object mother for scripted event histories: publishes on {@code partner-events}, {@code meeting-events} and
 * {@code task-events} what partner-, meeting- and task-service would publish, as CloudEvents in binary mode.
 * Days are given relative to today in the network's time zone, so the same script means the same thing on any
 * day the tests run.
 */
public final class Histories implements AutoCloseable {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    private final KafkaProducer<String, String> producer;
    private final String network;
    private final List<Future<?>> pending = new ArrayList<>();
    private final List<ProducerRecord<String, String>> recorded;

    /** Keeps the records instead of publishing them, in the order written, for a test that delivers them itself. */
    private Histories(String network, List<ProducerRecord<String, String>> into) {
        this.producer = null;
        this.network = network;
        this.recorded = into;
    }

    public static Histories recording(String network, List<ProducerRecord<String, String>> into) {
        return new Histories(network, into);
    }

    public Histories(String bootstrapServers, String network) {
        Properties properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        properties.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(properties);
        this.network = network;
        this.recorded = null;
    }

    public static LocalDate daysAgo(int days) {
        return LocalDate.now(ZONE).minusDays(days);
    }

    /** A meeting's start: 18:00 on the day, in the network's time zone. */
    public static OffsetDateTime meetingStart(LocalDate day) {
        return day.atTime(LocalTime.of(18, 0)).atZone(ZONE).toOffsetDateTime();
    }

    // --- partner-events ---

    /** network-registered or network-updated: the network's time zone and language as of the given version. */
    public UUID networkSettings(String type, String timeZone, String language, long version) {
        String time = type.endsWith("network-registered.v1") ? "registeredAt" : "updatedAt";
        return send(UUID.randomUUID(), "partner-events", type, network, """
                {"networkId":"%s","timeZone":"%s","defaultLanguage":"%s","version":%d,"%s":"%s"}"""
                .formatted(network, timeZone, language, version, time, OffsetDateTime.now()));
    }

    /** The partner joins the network's directory: from now on engagement knows them as a partner of the network. */
    public void partnerRegistered(UUID partner) {
        send("partner-events", "de.netzwerk.partner.partner-registered.v1", partner, """
                {"networkId":"%s","partnerId":"%s","kind":"PERSON","sector":"VOLUNTEERS","status":"ACTIVE",
                 "expertise":[],"registeredAt":"%s"}""".formatted(network, partner, OffsetDateTime.now()));
    }

    public void membership(UUID partner, UUID group, LocalDate joinedOn) {
        send("partner-events", "de.netzwerk.partner.membership-started.v1", partner, """
                {"networkId":"%s","groupId":"%s","groupKind":"WORKING","partnerId":"%s","role":"MEMBER","joinedOn":"%s",
                 "introductoryTalkDone":true,"version":1}""".formatted(network, group, partner, joinedOn));
    }

    public void membershipEnded(UUID partner, UUID group, LocalDate leftOn) {
        send("partner-events", "de.netzwerk.partner.membership-ended.v1", partner, """
                {"networkId":"%s","groupId":"%s","partnerId":"%s","leftOn":"%s"}""".formatted(network, group, partner, leftOn));
    }

    public void keyActors(UUID goal, UUID... partners) {
        String needed = java.util.Arrays.stream(partners)
                .map(partner -> "{\"partnerId\":\"%s\",\"keyActor\":true}".formatted(partner))
                .collect(Collectors.joining(","));
        send("partner-events", "de.netzwerk.partner.goal-actor-needs-changed.v1", goal, """
                {"networkId":"%s","goalId":"%s","priority":1,"neededPartners":[%s]}""".formatted(network, goal, needed));
    }

    /** partner-service's partner-erased.v1: the partner's personal data is to be erased; returns its ce_id. */
    public UUID partnerErased(UUID partner, UUID erasureId) {
        return partnerErased(UUID.randomUUID(), partner, erasureId);
    }

    public UUID partnerErased(UUID eventId, UUID partner, UUID erasureId) {
        return send(eventId, "partner-events", "de.netzwerk.partner.partner-erased.v1", partner, """
                {"networkId":"%s","partnerId":"%s","erasureId":"%s","erasedAt":"%s"}"""
                .formatted(network, partner, erasureId, OffsetDateTime.now()));
    }

    /** partner-service's personal-data-export-requested.v1 for the export job {@code exportId}; returns its ce_id. */
    public UUID personalDataExportRequested(UUID partner, UUID exportId) {
        return personalDataExportRequested(UUID.randomUUID(), partner, exportId);
    }

    public UUID personalDataExportRequested(UUID eventId, UUID partner, UUID exportId) {
        return send(eventId, "partner-events", "de.netzwerk.partner.personal-data-export-requested.v1", partner, """
                {"networkId":"%s","partnerId":"%s","exportId":"%s","requestedAt":"%s"}"""
                .formatted(network, partner, exportId, OffsetDateTime.now()));
    }

    /** The partner offers a room in the resource exchange, at noon of the day (the text stays in partner-service). */
    public UUID exchangeOfferPosted(UUID partner, UUID offer, LocalDate postedOn) {
        return send("partner-events", "de.netzwerk.partner.exchange-offer-posted.v1", partner, """
                {"networkId":"%s","offerId":"%s","partnerId":"%s","kind":"ROOM","tags":["gruppenraum"],
                 "validUntil":"%s","meetingId":null,"postedAt":"%s"}"""
                .formatted(network, offer, partner, postedOn.plusDays(60), noon(postedOn)));
    }

    /** The partner asks for know-how in the resource exchange, at noon of the day. */
    public UUID exchangeNeedPosted(UUID partner, UUID need, LocalDate postedOn) {
        return send("partner-events", "de.netzwerk.partner.exchange-need-posted.v1", partner, """
                {"networkId":"%s","needId":"%s","partnerId":"%s","kind":"KNOW_HOW","tags":["förderantrag"],
                 "validUntil":"%s","postedAt":"%s"}"""
                .formatted(network, need, partner, postedOn.plusDays(60), noon(postedOn)));
    }

    /** Two partners agree to exchange, at noon of the day; keyed by the match, as partner-service does. */
    public UUID exchangeAgreed(UUID match, UUID offeringPartner, UUID needingPartner, LocalDate agreedOn) {
        return send("partner-events", "de.netzwerk.partner.exchange-agreed.v1", match, """
                {"networkId":"%s","matchId":"%s","offerId":"%s","needId":"%s","offeringPartnerId":"%s",
                 "needingPartnerId":"%s","kind":"ROOM","proposedAt":"%s","agreedAt":"%s"}"""
                .formatted(network, match, UUID.randomUUID(), UUID.randomUUID(), offeringPartner, needingPartner,
                        noon(agreedOn).minusDays(1), noon(agreedOn)));
    }

    private static OffsetDateTime noon(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(ZONE).toOffsetDateTime();
    }

    // --- meeting-events ---

    public UUID attendance(UUID partner, UUID group, UUID meeting, LocalDate day, String status) {
        return attendance(partner, group, meeting, day, status, 1);
    }

    public UUID attendance(UUID partner, UUID group, UUID meeting, LocalDate day, String status, int revision) {
        OffsetDateTime startsAt = meetingStart(day);
        return send("meeting-events", "de.netzwerk.meeting.attendance-recorded.v1", partner, """
                {"networkId":"%s","meetingId":"%s","groupId":"%s","meetingStartsAt":"%s","partnerId":"%s",
                 "status":"%s","revision":%d,"recordedAt":"%s"}"""
                .formatted(network, meeting, group, startsAt, partner, status, revision, startsAt.plusHours(3)));
    }

    /** A line of a past meeting's attendance list entered now (its recordedAt), as the catch-up requests do. */
    public UUID attendanceEnteredNow(UUID partner, UUID group, UUID meeting, LocalDate day, String status) {
        return attendanceEnteredNow(partner, group, meeting, day, status, 1);
    }

    public UUID attendanceEnteredNow(UUID partner, UUID group, UUID meeting, LocalDate day, String status,
            int revision) {
        return send("meeting-events", "de.netzwerk.meeting.attendance-recorded.v1", partner, """
                {"networkId":"%s","meetingId":"%s","groupId":"%s","meetingStartsAt":"%s","partnerId":"%s",
                 "status":"%s","revision":%d,"recordedAt":"%s"}"""
                .formatted(network, meeting, group, meetingStart(day), partner, status, revision,
                        OffsetDateTime.now(ZONE)));
    }

    public UUID invitations(UUID meeting, UUID group, LocalDate day, int daysAhead, UUID... invitees) {
        OffsetDateTime startsAt = meetingStart(day);
        String list = java.util.Arrays.stream(invitees)
                .map(partner -> "{\"partnerId\":\"%s\",\"guest\":false}".formatted(partner))
                .collect(Collectors.joining(","));
        return send("meeting-events", "de.netzwerk.meeting.invitations-sent.v1", meeting, """
                {"networkId":"%s","meetingId":"%s","groupId":"%s","meetingStartsAt":"%s","sentAt":"%s","daysAhead":%d,
                 "late":%s,"backfilled":false,"invitees":[%s]}"""
                .formatted(network, meeting, group, startsAt, startsAt.minusDays(daysAhead), daysAhead, daysAhead < 7, list));
    }

    /**
     * Invitations to a past meeting entered now with their original date (as meeting-service's history request
     * sends them): sent {@code daysAhead} before it, not backfilled, recorded now.
     */
    public UUID invitationsEnteredNowWithTheirDate(UUID meeting, UUID group, LocalDate day, int daysAhead,
            UUID... invitees) {
        OffsetDateTime startsAt = meetingStart(day);
        String list = java.util.Arrays.stream(invitees)
                .map(partner -> "{\"partnerId\":\"%s\",\"guest\":false}".formatted(partner))
                .collect(Collectors.joining(","));
        return send("meeting-events", "de.netzwerk.meeting.invitations-sent.v1", meeting, """
                {"networkId":"%s","meetingId":"%s","groupId":"%s","meetingStartsAt":"%s","sentAt":"%s","daysAhead":%d,
                 "late":false,"backfilled":false,"invitees":[%s],"recordedAt":"%s"}"""
                .formatted(network, meeting, group, startsAt, startsAt.minusDays(daysAhead), daysAhead, list,
                        OffsetDateTime.now(ZONE)));
    }

    /** Invitations to a past meeting entered after the fact: sent now, marked backfilled. */
    public UUID invitationsEnteredNow(UUID meeting, UUID group, LocalDate day, UUID... invitees) {
        OffsetDateTime startsAt = meetingStart(day);
        String list = java.util.Arrays.stream(invitees)
                .map(partner -> "{\"partnerId\":\"%s\",\"guest\":false}".formatted(partner))
                .collect(Collectors.joining(","));
        return send("meeting-events", "de.netzwerk.meeting.invitations-sent.v1", meeting, """
                {"networkId":"%s","meetingId":"%s","groupId":"%s","meetingStartsAt":"%s","sentAt":"%s","daysAhead":0,
                 "late":true,"backfilled":true,"invitees":[%s]}"""
                .formatted(network, meeting, group, startsAt, OffsetDateTime.now(ZONE), list));
    }

    public UUID rsvp(UUID partner, UUID meeting, UUID group, LocalDate day, String answer) {
        OffsetDateTime startsAt = meetingStart(day);
        return send("meeting-events", "de.netzwerk.meeting.rsvp-received.v1", partner, """
                {"networkId":"%s","meetingId":"%s","groupId":"%s","meetingStartsAt":"%s","partnerId":"%s","answer":"%s",
                 "respondedAt":"%s","beforeMeeting":true}"""
                .formatted(network, meeting, group, startsAt, partner, answer, startsAt.minusDays(2)));
    }

    /** Minutes published {@code daysAfter} the meeting, asking those who missed it to read them; keyed by meeting. */
    public UUID minutesPublished(UUID meeting, UUID group, LocalDate day, int daysAfter, UUID... askedToRead) {
        OffsetDateTime startsAt = meetingStart(day);
        String asked = java.util.Arrays.stream(askedToRead).map(partner -> "\"" + partner + "\"")
                .collect(Collectors.joining(","));
        return send("meeting-events", "de.netzwerk.meeting.minutes-published.v1", meeting, """
                {"networkId":"%s","meetingId":"%s","groupId":"%s","meetingStartsAt":"%s","publishedAt":"%s",
                 "daysAfter":%d,"late":false,"askedToRead":[%s]}"""
                .formatted(network, meeting, group, startsAt, startsAt.plusDays(daysAfter), daysAfter, asked));
    }

    public UUID minutesAcknowledged(UUID partner, UUID meeting, UUID group, LocalDate day, LocalDate readOn) {
        return send("meeting-events", "de.netzwerk.meeting.minutes-acknowledged.v1", partner, """
                {"networkId":"%s","meetingId":"%s","groupId":"%s","meetingStartsAt":"%s","partnerId":"%s",
                 "acknowledgedAt":"%s"}""".formatted(network, meeting, group, meetingStart(day), partner,
                meetingStart(readOn)));
    }

    // --- task-events ---

    public UUID taskAssigned(UUID task, UUID partner, LocalDate due, LocalDate assignedOn) {
        return taskAssigned(task, partner, null, due, assignedOn);
    }

    /** As task-service published it before it dropped the task's title (issue 14, item 3): the title is ignored. */
    public UUID taskAssigned(UUID task, UUID partner, String title, LocalDate due, LocalDate assignedOn) {
        return task("assigned", task, partner, title, due, meetingStart(assignedOn), "");
    }

    /**
     * task-service's deadline clock: the task is overdue by {@code due} (the one notice of a deadline already past
     * when the clock first sees it), sent the day after that date.
     */
    public UUID taskOverdue(UUID task, UUID partner, LocalDate due) {
        return taskOverdue(task, partner, null, due);
    }

    public UUID taskOverdue(UUID task, UUID partner, String title, LocalDate due) {
        LocalDate today = LocalDate.now(ZONE);
        LocalDate noticedOn = due.plusDays(1).isAfter(today) ? today : due.plusDays(1);
        long daysOverdue = java.time.temporal.ChronoUnit.DAYS.between(due, noticedOn);
        return task("overdue", task, partner, title, due, meetingStart(noticedOn),
                ",\"daysOverdue\":%d,\"escalation\":false".formatted(daysOverdue));
    }

    /** The task's due date moved from {@code previousDue} to {@code due}, today. */
    public UUID taskRescheduled(UUID task, UUID partner, LocalDate previousDue, LocalDate due) {
        LocalDate today = LocalDate.now(ZONE);
        return task("rescheduled", task, partner, null, due, meetingStart(today),
                ",\"previousDueDate\":\"%s\",\"overdue\":%s".formatted(previousDue, due.isBefore(today)));
    }

    public void taskCompleted(UUID task, UUID partner, LocalDate due, LocalDate completedOn) {
        long daysLate = Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(due, completedOn));
        task("completed", task, partner, null, due, meetingStart(completedOn),
                ",\"completedOn\":\"%s\",\"onTime\":%s,\"daysLate\":%d".formatted(completedOn, daysLate == 0, daysLate));
    }

    /** A task event as task-service publishes it; with a {@code title} only as it did before issue 14, item 3. */
    private UUID task(String kind, UUID task, UUID partner, String title, LocalDate due, OffsetDateTime occurredAt,
            String extra) {
        String titled = title == null ? "" : ",\"title\":\"%s\"".formatted(title);
        return send("task-events", "de.netzwerk.task.task-" + kind + ".v1", partner, """
                {"networkId":"%s","taskId":"%s","partnerId":"%s","groupId":null,"goalId":null%s,
                 "dueDate":"%s","occurredAt":"%s"%s}""".formatted(network, task, partner, titled, due, occurredAt, extra));
    }

    /** Publishes a record with CloudEvents headers; returns its ce_id. */
    public UUID send(String topic, String type, UUID key, String data) {
        return send(UUID.randomUUID(), topic, type, key, data);
    }

    /** Publishes a record with the given ce_id: a redelivery, if it was sent before. */
    public UUID send(UUID id, String topic, String type, UUID key, String data) {
        return send(id, topic, type, key.toString(), data);
    }

    /** Keyed (and ce_subject) by {@code key}: a partner, group, meeting or task id, or the network for its own events. */
    private UUID send(UUID id, String topic, String type, String key, String data) {
        Map<String, String> headers = Map.of(
                "ce_specversion", "1.0",
                "ce_id", id.toString(),
                "ce_type", type,
                "ce_source", "/netzwerk/test",
                "ce_time", OffsetDateTime.now().toString(),
                "ce_subject", key,
                "ce_networkid", network,
                "content-type", "application/json");
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, data);
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        if (producer == null) {
            recorded.add(record);
        } else {
            pending.add(producer.send(record));
        }
        return id;
    }

    /** Waits until the broker has every record sent so far. */
    public void flush() {
        if (producer == null) {
            return;
        }
        producer.flush();
        for (Future<?> future : pending) {
            try {
                future.get();
            } catch (Exception e) {
                throw new IllegalStateException("Could not publish a test event", e);
            }
        }
        pending.clear();
    }

    @Override
    public void close() {
        flush();
        if (producer != null) {
            producer.close();
        }
    }
}
