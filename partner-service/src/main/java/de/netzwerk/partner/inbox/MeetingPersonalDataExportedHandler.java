package de.netzwerk.partner.inbox;

import de.netzwerk.partner.service.PersonalDataExports;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;

/** meeting-service's part of a personal-data export; a singleton, as the shared base class leaves no room for a proxy. */
@Singleton
class MeetingPersonalDataExportedHandler extends PersonalDataExportedHandler {

    MeetingPersonalDataExportedHandler(EventPayloads payloads, PersonalDataExports exports, MeterRegistry metrics) {
        super(payloads, exports, metrics, "meeting");
    }
}
