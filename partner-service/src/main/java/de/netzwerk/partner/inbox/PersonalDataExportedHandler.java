package de.netzwerk.partner.inbox;

import de.netzwerk.partner.PersonalDataExport;
import de.netzwerk.partner.event.PersonalDataExported;
import de.netzwerk.partner.service.PersonalDataExports;
import io.micrometer.core.instrument.MeterRegistry;
import org.jboss.logging.Logger;

import java.util.UUID;

/**
 * A service's part of a personal-data export is added to the export, once per service (issue 14, item 1). Refused to
 * the dead-letter topic: an export not known here, one of another network or partner than the event names, a part in
 * another service's name than the event type's producer, a part that is not a JSON object. A part arriving after the
 * export's document was deleted (its retention passed) or about a partner erased meanwhile (their exports are gone) is
 * dropped and counted ({@code netzwerk_personal_data_export_parts_dropped_total}): it must not be kept anywhere, a
 * dead-letter topic included.
 */
abstract class PersonalDataExportedHandler implements EventHandler {

    private static final Logger LOG = Logger.getLogger(PersonalDataExportedHandler.class);

    private final EventPayloads payloads;
    private final PersonalDataExports exports;
    private final MeterRegistry metrics;
    private final String producer;

    /** {@code producer}: the short name in the event type ({@code meeting}), the service is {@code meeting-service}. */
    PersonalDataExportedHandler(EventPayloads payloads, PersonalDataExports exports, MeterRegistry metrics,
            String producer) {
        this.payloads = payloads;
        this.exports = exports;
        this.metrics = metrics;
        this.producer = producer;
    }

    @Override
    public String type() {
        return PersonalDataExported.type(producer);
    }

    @Override
    public void handle(IncomingEvent event) {
        PersonalDataExported exported = payloads.read(event, PersonalDataExported.class);
        event.requireHeadersMatch(exported.networkId(), exported.partnerId());
        String service = producer + "-service";
        if (!service.equals(exported.service())) {
            throw new UnprocessableEventException("service " + exported.service() + " cannot answer in the name of " + service);
        }
        if (!exported.part().isObject()) {
            throw new UnprocessableEventException("the part of " + service + " is not a JSON object");
        }
        var known = exports.forPart(exported.exportId());
        if (known.isEmpty() && exports.erased(event.networkId(), exported.partnerId())) {
            drop(service, exported.exportId(), "the partner was erased");
            return;
        }
        PersonalDataExport export = known.orElseThrow(
                () -> new UnprocessableEventException("export " + exported.exportId() + " is not known here"));
        if (!export.networkId.equals(event.networkId())) {
            throw UnprocessableEventException.ofAnotherNetwork("export", export.id, export.networkId, event);
        }
        if (!export.partnerId.equals(exported.partnerId())) {
            throw new UnprocessableEventException("export " + export.id + " is of another partner than " + exported.partnerId());
        }
        if (!exports.receive(export, service, exported.exportedAt(), exported.part().toString())) {
            drop(service, export.id, "its document was deleted");
        }
    }

    private void drop(String service, UUID exportId, String why) {
        LOG.infof("Dropped %s's part of export %s: %s", service, exportId, why);
        metrics.counter("netzwerk.personal-data-export.parts.dropped", "service", service).increment();
    }
}
