package de.netzwerk.task.inbox;

import de.netzwerk.task.Erasure;
import de.netzwerk.task.event.PersonalDataExportRequested;
import de.netzwerk.task.event.PersonalDataExported;
import de.netzwerk.task.event.TaskPart;
import de.netzwerk.task.export.TaskParts;
import de.netzwerk.task.outbox.Outbox;
import de.netzwerk.task.repository.ErasureRepository;
import de.netzwerk.task.service.NetworkTime;
import jakarta.enterprise.context.ApplicationScoped;

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

    private final KnownNetworks networks;
    private final ErasureRepository erasures;
    private final TaskParts parts;
    private final Outbox outbox;
    private final NetworkTime time;

    PersonalDataExport(KnownNetworks networks, ErasureRepository erasures, TaskParts parts, Outbox outbox,
            NetworkTime time) {
        this.networks = networks;
        this.erasures = erasures;
        this.parts = parts;
        this.outbox = outbox;
        this.time = time;
    }

    void answer(IncomingEvent event, PersonalDataExportRequested request) {
        event.requireHeadersMatch(request.networkId(), request.partnerId());
        networks.requirePartner(event, request.partnerId());
        Optional<Erasure> erasure = erasures.firstOf(request.partnerId());
        if (erasure.isPresent() && !erasure.get().networkId.equals(event.networkId())) {
            throw UnprocessableEventException.ofAnotherNetwork("partner", request.partnerId(), erasure.get().networkId,
                    event);
        }
        TaskPart part = erasure.isPresent() ? TaskPart.ofErased() : parts.of(request.networkId(), request.partnerId());
        outbox.add(PersonalDataExported.of(request, time.now(request.networkId()), part));
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
