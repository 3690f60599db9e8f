package de.netzwerk.engagement.service;

import de.netzwerk.engagement.Erasure;
import de.netzwerk.engagement.event.PersonalDataExportRequested;
import de.netzwerk.engagement.event.PersonalDataExported;
import de.netzwerk.engagement.event.EngagementPart;
import de.netzwerk.engagement.outbox.Outbox;
import de.netzwerk.engagement.repository.ErasureRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Answers partner-service's personal-data-export-requested (GDPR Art. 15 and 20) with this service's part, published
 * through the outbox in the transaction of the batch that records the request's {@code ce_id}: a redelivered request
 * is answered once. Every request is answered, so that the export job completes: an erased partner's part says
 * {@code erased} and holds nothing, one never heard of holds nothing. A request naming a partner whose data was
 * erased in another network is refused and exports nothing (a partner known in another network is refused before,
 * like any event naming them). A replay does not answer old requests again: it applies facts only.
 */
@ApplicationScoped
public class PersonalDataExport {

    private final ErasureRepository erasures;
    private final EngagementParts parts;
    private final Outbox outbox;
    private final Clock clock;

    PersonalDataExport(ErasureRepository erasures, EngagementParts parts, Outbox outbox, Clock clock) {
        this.erasures = erasures;
        this.parts = parts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Answers the request; returns why it was refused instead, if it was. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<String> answer(PersonalDataExportRequested request) {
        Optional<Erasure> erasure = erasures.find("partnerDigest", Sort.by("completedAt"),
                Erasure.digestOf(request.partnerId())).firstResultOptional();
        if (erasure.isPresent() && !erasure.get().networkId.equals(request.networkId())) {
            return Optional.of("partner " + request.partnerId() + " is of network " + erasure.get().networkId
                    + ", not " + request.networkId());
        }
        EngagementPart part = erasure.isPresent()
                ? EngagementPart.ofErased()
                : parts.of(request.networkId(), request.partnerId());
        outbox.add(PersonalDataExported.of(request, OffsetDateTime.now(clock), part));
        return Optional.empty();
    }
}
