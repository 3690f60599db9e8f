package de.netzwerk.partner.inbox;

import de.netzwerk.partner.service.PersonalDataExports;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/** engagement-service's part of a personal-data export; a singleton, as the shared base class leaves no room for a proxy. */
@Singleton
class EngagementPersonalDataExportedHandler extends PersonalDataExportedHandler {

    EngagementPersonalDataExportedHandler(EventPayloads payloads, PersonalDataExports exports, MeterRegistry metrics) {
        super(payloads, exports, metrics, "engagement");
    }
}
