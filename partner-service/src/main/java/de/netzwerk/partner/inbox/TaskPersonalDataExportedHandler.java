package de.netzwerk.partner.inbox;

import de.netzwerk.partner.service.PersonalDataExports;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/** task-service's part of a personal-data export; a singleton, as the shared base class leaves no room for a proxy. */
@Singleton
class TaskPersonalDataExportedHandler extends PersonalDataExportedHandler {

    TaskPersonalDataExportedHandler(EventPayloads payloads, PersonalDataExports exports, MeterRegistry metrics) {
        super(payloads, exports, metrics, "task");
    }
}
