package de.netzwerk.task.service;

import de.netzwerk.task.Partners;
import de.netzwerk.task.deadline.Threshold;
import de.netzwerk.task.inbox.UnprocessableEventException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A network's time zone and language come from partner-service (network-registered, network-updated), the one
 * source of truth: changing the zone there moves the day on which a task falls due here. Due dates lie in 2032,
 * away from the other tests' tasks; every scan covers the whole database, so each test looks at its own network.
 */
@QuarkusTest
class NetworkSettingsTest {

    private static final LocalDate DUE = LocalDate.of(2032, 5, 10);
    /** 15:00 in Berlin on the due date, already 01:00 the day after in Auckland (NZST, UTC+12). */
    private static final Instant AFTERNOON_IN_BERLIN = DUE.atTime(LocalTime.of(13, 0)).toInstant(ZoneOffset.UTC);

    @Inject
    DeadlineClock clock;

    @Inject
    TaskService tasks;

    @Inject
    NetworkSettings settings;

    private final String network = Partners.freshNetwork();

    @Test
    void changingTheNetworksTimeZoneInPartnerServiceMovesTheDayATaskFallsDue() {
        Partners.networkIn(network, "Europe/Berlin");
        task(DUE);
        assertEquals(List.of(Threshold.DUE_SOON), scan(AFTERNOON_IN_BERLIN), "still the due date in Berlin");

        Partners.networkChanged(network, "Pacific/Auckland", "de", 1);

        assertEquals(List.of(Threshold.OVERDUE), scan(AFTERNOON_IN_BERLIN),
                "the same moment is the first day after the due date in Auckland: the task is overdue there");
        assertEquals(ZoneId.of("Pacific/Auckland"), zone());
    }

    @Test
    void theReplicaFollowsNetworkUpdatedAndIgnoresAnOlderOne() {
        Partners.networkIn(network, "Europe/Berlin");
        Partners.networkChanged(network, "Europe/Lisbon", "en", 3);
        Partners.networkChanged(network, "America/Sao_Paulo", "de", 2);
        Partners.networkIn(network, "Europe/Berlin");

        assertEquals(ZoneId.of("Europe/Lisbon"), zone(), "version 3 stands against the late versions 2 and 0");
        assertEquals(Locale.ENGLISH, QuarkusTransaction.requiringNew().call(() -> settings.languageOf(network)));
    }

    @Test
    void aNetworkNotHeardOfYetIsInBerlinAndGerman() {
        assertEquals(ZoneId.of("Europe/Berlin"), zone());
        assertEquals(Locale.GERMAN, QuarkusTransaction.requiringNew().call(() -> settings.languageOf(network)));
    }

    @Test
    void aZoneJavaDoesNotKnowIsRefusedAndChangesNothing() {
        Partners.networkIn(network, "Pacific/Auckland");

        assertThrows(UnprocessableEventException.class, () -> Partners.networkChanged(network, "Mars/Olympus_Mons", "de", 1));

        assertEquals(ZoneId.of("Pacific/Auckland"), zone());
    }

    private ZoneId zone() {
        return QuarkusTransaction.requiringNew().call(() -> settings.zoneOf(network));
    }

    private UUID task(LocalDate due) {
        String partner = Partners.active(network);
        return QuarkusTransaction.requiringNew().call(() -> tasks.create(network, new NewTask("Flyer", null,
                null, null, null, UUID.fromString(partner), due, null, null, null, null, null)).id);
    }

    private List<Threshold> scan(Instant now) {
        return clock.scanAt(now).stream().filter(notice -> notice.task().networkId.equals(network))
                .map(DeadlineNotices.Notice::threshold).toList();
    }
}
