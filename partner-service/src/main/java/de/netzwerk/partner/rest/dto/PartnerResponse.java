package de.netzwerk.partner.rest.dto;

import de.netzwerk.partner.Consent;
import de.netzwerk.partner.Partner;
import de.netzwerk.partner.PartnerKind;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.Sector;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public record PartnerResponse(UUID id, PartnerKind kind, Sector sector, String name, String email, String phone,
        List<String> expertise, String interests, String offers, PartnerStatus status, ConsentResponse contactConsent,
        ConsentResponse listingConsent, UUID responsiblePartnerId, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version) {

    public record ConsentResponse(boolean given, OffsetDateTime recordedAt, String recordedBy) {
        static ConsentResponse of(Consent consent) {
            return new ConsentResponse(consent.given, consent.recordedAt, consent.recordedBy);
        }
    }

    public static PartnerResponse of(Partner partner) {
        return new PartnerResponse(partner.id, partner.kind, partner.sector, partner.name, partner.email, partner.phone,
                List.copyOf(partner.expertise), partner.interests, partner.offers, partner.status,
                ConsentResponse.of(partner.contactConsent), ConsentResponse.of(partner.listingConsent),
                partner.responsiblePartnerId, partner.createdAt, partner.updatedAt, partner.version);
    }
}
