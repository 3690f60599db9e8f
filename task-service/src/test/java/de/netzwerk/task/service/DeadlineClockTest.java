package de.netzwerk.task.service;

import de.netzwerk.task.Partners;
import de.netzwerk.task.deadline.Threshold;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deadline clock, driven by explicit instants. Every scan covers the whole database, so each test looks
 * only at the notices for its own fresh network. Due dates lie in 2031, away from the other tests' tasks.
 */
@QuarkusTest
class DeadlineClockTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate DUE = LocalDate.of(2031, 3, 20);

    @Inject
    DeadlineClock clock;

    @Inject
    TaskService tasks;

    private final String network = Partners.freshNetwork();
    private final String partner = Partners.active(network);

    @Test
    void eachThresholdIsNoticedOnceOnItsDayInTheNetworksTimeZone() {
        UUID task = task(DUE);

        assertEquals(List.of(), scan(noonBerlin(DUE.minusDays(4))));
        assertEquals(List.of(Threshold.DUE_SOON), scan(noonBerlin(DUE.minusDays(3))));
        assertEquals(List.of(), scan(noonBerlin(DUE.minusDays(3))), "a second scan, or one after a restart, repeats nothing");
        assertEquals(List.of(), scan(noonBerlin(DUE)));
        assertEquals(List.of(Threshold.OVERDUE), scan(noonBerlin(DUE.plusDays(1))));
        assertEquals(List.of(), scan(noonBerlin(DUE.plusDays(13))));
        assertEquals(List.of(Threshold.ESCALATION), scan(noonBerlin(DUE.plusDays(14))));
        assertEquals(List.of(), scan(noonBerlin(DUE.plusDays(30))));
        assertEquals(task, noticedTasks.getFirst());
    }

    @Test
    void theDayTurnsAtMidnightInTheNetworksTimeZoneNotInUtc() {
        task(DUE);
        Instant justAfterMidnightInBerlin = DUE.plusDays(1).atStartOfDay(BERLIN).plusMinutes(30).toInstant();
        Instant justBeforeMidnightInBerlin = DUE.plusDays(1).atStartOfDay(BERLIN).minusMinutes(30).toInstant();

        assertEquals(List.of(Threshold.DUE_SOON), scan(justBeforeMidnightInBerlin));
        assertEquals(List.of(Threshold.OVERDUE), scan(justAfterMidnightInBerlin),
                "00:30 in Berlin is still the due date in UTC, but the first day after it in the network");
    }

    @Test
    void eachNetworkCountsDaysInItsOwnTimeZone() {
        String auckland = Partners.freshNetwork();
        Partners.networkIn(auckland, "Pacific/Auckland");
        UUID farTask = QuarkusTransaction.requiringNew().call(() -> tasks.create(auckland, new NewTask("Flyer",
                null, null, null, null, UUID.fromString(Partners.active(auckland)), DUE, null, null, null, null, null)).id);
        UUID berlinTask = task(DUE);
        Instant noonUtcOnTheDueDate = DUE.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);

        List<DeadlineNotices.Notice> notices = clock.scanAt(noonUtcOnTheDueDate).stream()
                .filter(notice -> notice.task().id.equals(farTask) || notice.task().id.equals(berlinTask)).toList();

        assertEquals(Set.of(farTask + " OVERDUE", berlinTask + " DUE_SOON"),
                notices.stream().map(notice -> notice.task().id + " " + notice.threshold()).collect(Collectors.toSet()),
                "01:00 the next day in Auckland, still the due date in Berlin");
    }

    @Test
    void aTaskFoundLongOverdueIsNoticedAsOverdueAndEscalatedButNotAsDueSoon() {
        task(DUE);

        assertEquals(List.of(Threshold.OVERDUE, Threshold.ESCALATION), scan(noonBerlin(DUE.plusDays(20))));
    }

    @Test
    void aNewDueDateStartsTheThresholdsOverAndAMovedOverdueTaskIsNoLongerOverdue() {
        UUID task = task(DUE);
        assertEquals(List.of(Threshold.OVERDUE), scan(noonBerlin(DUE.plusDays(1))));

        QuarkusTransaction.requiringNew().run(() -> tasks.update(network, task, tasks.get(network, task).version,
                new TaskChanges(null, null, null, null, null, null, DUE.plusDays(10), null, null, null, null), null));

        assertEquals(List.of(), scan(noonBerlin(DUE.plusDays(2))));
        assertEquals(List.of(), scan(noonBerlin(DUE.plusDays(6))));
        assertEquals(List.of(Threshold.DUE_SOON), scan(noonBerlin(DUE.plusDays(7))));
        assertEquals(List.of(Threshold.OVERDUE), scan(noonBerlin(DUE.plusDays(11))));
    }

    @Test
    void twoInstancesScanningTheSameDatabaseAtOncePublishEachNoticeExactlyOnce() throws Exception {
        int count = 300;
        List<UUID> created = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < count; i++) {
                created.add(tasks.create(network, request(DUE)).id);
            }
        });
        Instant now = noonBerlin(DUE.plusDays(20));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<List<DeadlineNotices.Notice>>> scans = List.of(
                    CompletableFuture.supplyAsync(() -> awaitThenScan(start, now), instances),
                    CompletableFuture.supplyAsync(() -> awaitThenScan(start, now), instances));
            start.countDown();
            List<DeadlineNotices.Notice> first = ownNotices(scans.get(0).get(60, TimeUnit.SECONDS));
            List<DeadlineNotices.Notice> second = ownNotices(scans.get(1).get(60, TimeUnit.SECONDS));

            Map<String, Long> published = new HashMap<>();
            for (DeadlineNotices.Notice notice : concat(first, second)) {
                published.merge(notice.task().id + " " + notice.threshold(), 1L, Long::sum);
            }
            List<String> duplicates = published.entrySet().stream().filter(entry -> entry.getValue() > 1)
                    .map(Map.Entry::getKey).toList();
            assertEquals(List.of(), duplicates, "notices published by both instances");
            Set<String> expected = created.stream()
                    .flatMap(id -> Stream.of(id + " " + Threshold.OVERDUE, id + " " + Threshold.ESCALATION))
                    .collect(Collectors.toSet());
            assertEquals(expected, published.keySet(), "every task overdue and escalated");
            assertTrue(!first.isEmpty() && !second.isEmpty(),
                    "both instances took a share (first " + first.size() + ", second " + second.size() + ")");
        } finally {
            instances.shutdownNow();
        }
    }

    private final List<UUID> noticedTasks = new ArrayList<>();

    private List<Threshold> scan(Instant now) {
        List<DeadlineNotices.Notice> own = ownNotices(clock.scanAt(now));
        own.forEach(notice -> noticedTasks.add(notice.task().id));
        return own.stream().map(DeadlineNotices.Notice::threshold).toList();
    }

    private List<DeadlineNotices.Notice> awaitThenScan(CountDownLatch start, Instant now) {
        try {
            start.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return clock.scanAt(now);
    }

    private List<DeadlineNotices.Notice> ownNotices(List<DeadlineNotices.Notice> notices) {
        return notices.stream().filter(notice -> notice.task().networkId.equals(network)).toList();
    }

    private static List<DeadlineNotices.Notice> concat(List<DeadlineNotices.Notice> a, List<DeadlineNotices.Notice> b) {
        List<DeadlineNotices.Notice> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private UUID task(LocalDate due) {
        return QuarkusTransaction.requiringNew().call(() -> tasks.create(network, request(due)).id);
    }

    private NewTask request(LocalDate due) {
        return new NewTask("Flyer", null, null, null, null, UUID.fromString(partner), due, null, null, null, null, null);
    }

    private static Instant noonBerlin(LocalDate day) {
        return day.atTime(LocalTime.NOON).atZone(BERLIN).toInstant();
    }
}
