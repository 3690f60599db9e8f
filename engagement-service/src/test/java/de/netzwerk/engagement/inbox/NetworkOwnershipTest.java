package de.netzwerk.engagement.inbox;

import de.netzwerk.engagement.event.AttendanceRecorded;
import de.netzwerk.engagement.event.PartnerRegistered;
import de.netzwerk.engagement.event.Subject;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NetworkOwnershipTest {

    private final UUID partner = UUID.randomUUID();
    private final UUID group = UUID.randomUUID();
    private final UUID meeting = UUID.randomUUID();

    @Test
    void anEventNamingOnlyWhatIsItsNetworksOrNewIsAcceptedAndClaimsWhatIsNew() {
        NetworkOwnership ownership = new NetworkOwnership(Map.of(Subject.partner(partner), "home"));

        assertEquals(Optional.empty(), ownership.refusal(attendance("home")));

        assertEquals(Map.of(Subject.meeting(meeting), "home", Subject.group(group), "home"), ownership.claimed());
    }

    @Test
    void anEventNamingAPartnerOfAnotherNetworkIsRefusedNamingBothNetworksAndClaimsNothing() {
        NetworkOwnership ownership = new NetworkOwnership(Map.of(Subject.partner(partner), "home"));

        String reason = ownership.refusal(attendance("intruder")).orElseThrow();

        assertThat(reason, containsString("partner " + partner + " belongs to network 'home', not to 'intruder'"));
        assertTrue(ownership.claimed().isEmpty(), "the meeting and group named stay unknown: " + ownership.claimed());
    }

    @Test
    void whatAnEarlierEventOfTheBatchNamedCountsForTheLaterOnes() {
        NetworkOwnership ownership = new NetworkOwnership(Map.of());

        assertEquals(Optional.empty(), ownership.refusal(new PartnerRegistered("home", partner)));
        assertTrue(ownership.refusal(attendance("intruder")).isPresent());
        assertEquals(Optional.empty(), ownership.refusal(attendance("home")));
    }

    private AttendanceRecorded attendance(String network) {
        return new AttendanceRecorded(network, meeting, group, OffsetDateTime.parse("2026-11-01T18:00:00+01:00"), partner,
                AttendanceRecorded.Status.ABSENT, 1, OffsetDateTime.parse("2026-11-01T21:00:00+01:00"));
    }
}
