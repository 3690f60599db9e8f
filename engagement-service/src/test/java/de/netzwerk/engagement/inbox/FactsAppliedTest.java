package de.netzwerk.engagement.inbox;

import de.netzwerk.engagement.PartnerKey;
import de.netzwerk.engagement.event.PartnerRegistered;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A live batch tells the assessment that partners wait ({@code FactsApplied}) only once its facts are committed, so
 * that the assessment never reads a batch's partners before their facts; a batch rolled back, or replayed (the
 * replay queues everyone at its end), tells nothing.
 */
@QuarkusTest
class FactsAppliedTest {

    @Inject
    BatchIngest ingest;
    @Inject
    AnnouncedFacts announced;

    private final String network = "net-" + UUID.randomUUID().toString().substring(0, 8);
    private final UUID partner = UUID.randomUUID();

    @Test
    void aLiveBatchAnnouncesThePartnersItQueuedOnceItHasCommitted() {
        Set<PartnerKey> beforeCommit = QuarkusTransaction.requiringNew().call(() -> {
            ingest.applyLive(List.of(registered()), List.of());
            return announced.partnersOf(network);
        });

        assertEquals(Set.of(), beforeCommit, "announced before the batch committed");
        assertEquals(Set.of(new PartnerKey(network, partner)), announced.partnersOf(network));
    }

    @Test
    void aLiveBatchRolledBackAnnouncesNothing() {
        assertThrows(IllegalStateException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            ingest.applyLive(List.of(registered()), List.of());
            throw new IllegalStateException("the batch's transaction fails after its facts");
        }));

        assertEquals(Set.of(), announced.partnersOf(network));
    }

    @Test
    void aReplayedBatchAnnouncesNothing() {
        ingest.applyReplayed(List.of(registered()));

        assertEquals(Set.of(), announced.partnersOf(network));
    }

    private BatchIngest.Decoded registered() {
        return new BatchIngest.Decoded(UUID.randomUUID(), PartnerRegistered.TYPE, new PartnerRegistered(network, partner));
    }
}
