package de.netzwerk.partner.service;

import de.netzwerk.partner.Partner;
import de.netzwerk.partner.PartnerKind;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.Sector;
import de.netzwerk.partner.service.command.PartnerCommand;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CoordinatorFieldsTest {

    private static final UUID MARIA = UUID.randomUUID();

    @Test
    void theProfileAsReadChangesNoneOfThem() {
        assertEquals(List.of(), CoordinatorFields.changedBy(request(PartnerKind.PERSON, Sector.VOLUNTEERS, PartnerStatus.PAUSED, MARIA),
                partner()));
    }

    @Test
    void anAbsentStatusKeepsTheCurrentOne() {
        assertEquals(List.of(), CoordinatorFields.changedBy(request(PartnerKind.PERSON, Sector.VOLUNTEERS, null, MARIA), partner()));
    }

    @Test
    void anAbsentResponsiblePartnerClearsIt() {
        assertEquals(List.of("responsiblePartnerId"),
                CoordinatorFields.changedBy(request(PartnerKind.PERSON, Sector.VOLUNTEERS, null, null), partner()));
    }

    @Test
    void everyChangedOneIsNamedAsInTheRequest() {
        assertEquals(List.of("kind", "sector", "status", "responsiblePartnerId"), CoordinatorFields.changedBy(
                request(PartnerKind.ORGANISATION, Sector.BUSINESS, PartnerStatus.LEFT, UUID.randomUUID()), partner()));
    }

    @Test
    void theMembersOwnFieldsAreNotAmongThem() {
        PartnerCommand request = new PartnerCommand(PartnerKind.PERSON, Sector.VOLUNTEERS, "Anna Neu", "anna@example.org",
                "+49 521 1", List.of("Moderation"), "Austausch", "Zeit", PartnerStatus.PAUSED, false, false, true, MARIA, null);

        assertEquals(List.of(), CoordinatorFields.changedBy(request, partner()));
    }

    private static Partner partner() {
        Partner partner = new Partner();
        partner.kind = PartnerKind.PERSON;
        partner.sector = Sector.VOLUNTEERS;
        partner.name = "Anna Beispiel";
        partner.status = PartnerStatus.PAUSED;
        partner.responsiblePartnerId = MARIA;
        return partner;
    }

    private static PartnerCommand request(PartnerKind kind, Sector sector, PartnerStatus status, UUID responsible) {
        return new PartnerCommand(kind, sector, "Anna Beispiel", null, null, List.of(), null, null, status, true, true,
                false, responsible, null);
    }
}
