package de.netzwerk.meeting.inbox;

import de.netzwerk.meeting.Erasure;
import de.netzwerk.meeting.Partner;
import de.netzwerk.meeting.event.PersonalDataExportRequested;
import de.netzwerk.meeting.event.PersonalDataExported;
import de.netzwerk.meeting.export.MeetingPart;
import de.netzwerk.meeting.export.MeetingParts;
import de.netzwerk.meeting.outbox.Outbox;
import de.netzwerk.meeting.repository.ErasureRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Answers partner-service's personal-data-export-requested (GDPR Art. 15 and 20) with this service's part, published
 * through the outbox in the transaction that records the request's {@code ce_id}: a redelivered request is answered
 * once. Every request is answered, so that the export job completes: an erased partner's part says {@code erased}
 * and lists nothing, one never heard of lists nothing. A request naming a partner in another network than their own
 * is refused (dead-letter topic) and exports nothing.
 */
@ApplicationScoped
public class PersonalDataExport {

    private final PartnerReplica partners;
    private final ErasureRepository erasures;
    private final MeetingParts parts;
    private final Outbox outbox;
    private final Clock clock;

    PersonalDataExport(PartnerReplica partners, ErasureRepository erasures, MeetingParts parts, Outbox outbox,
            Clock clock) {
        this.partners = partners;
        this.erasures = erasures;
        this.parts = parts;
        this.outbox = outbox;
        this.clock = clock;
    }

    void answer(IncomingEvent event, PersonalDataExportRequested request) {
        event.requireHeadersMatch(request.networkId(), request.partnerId());
        Partner partner = partners.knownInNetworkOf(event, request.partnerId());
        Optional<Erasure> erasure = erasures.firstOf(request.partnerId());
        if (erasure.isPresent() && !erasure.get().networkId.equals(event.networkId())) {
            throw UnprocessableEventException.ofAnotherNetwork("partner", request.partnerId(), erasure.get().networkId,
                    event);
        }
        MeetingPart part = erasure.isPresent()
                ? MeetingPart.ofErased()
                : parts.of(request.networkId(), request.partnerId(), partner);
        outbox.add(PersonalDataExported.of(request, OffsetDateTime.now(clock), part));
    }

    @ApplicationScoped
    static class RequestedHandler implements EventHandler {
        private final PersonalDataExport export;
        private final EventPayloads payloads;

        RequestedHandler(PersonalDataExport export, EventPayloads payloads) {
            this.export = export;
            this.payloads = payloads;
        }

        @Override
        public String type() {
            return PersonalDataExportRequested.TYPE;
        }

        @Override
        public void handle(IncomingEvent event) {
            export.answer(event, payloads.read(event, PersonalDataExportRequested.class));
        }
    }
}
