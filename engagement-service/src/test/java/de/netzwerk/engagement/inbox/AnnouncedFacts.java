package de.netzwerk.engagement.inbox;

import de.netzwerk.engagement.PartnerKey;
import de.netzwerk.engagement.service.FactsApplied;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/** Hears {@link FactsApplied} as the assessment worker does: once the transaction that fired it has committed. */
@ApplicationScoped
public class AnnouncedFacts {

    private final Queue<FactsApplied> heard = new ConcurrentLinkedQueue<>();

    void hear(@Observes(during = TransactionPhase.AFTER_SUCCESS) FactsApplied applied) {
        heard.add(applied);
    }

    /** The partners of the network announced so far. */
    Set<PartnerKey> partnersOf(String network) {
        return heard.stream().flatMap(applied -> applied.partners().stream())
                .filter(partner -> partner.networkId().equals(network)).collect(Collectors.toSet());
    }
}
