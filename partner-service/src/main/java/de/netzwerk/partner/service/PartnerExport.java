package de.netzwerk.partner.service;

import de.netzwerk.partner.Partner;
import de.netzwerk.partner.repository.PartnerRepository;
import de.netzwerk.partner.spreadsheet.CsvWriter;
import de.netzwerk.partner.spreadsheet.FormulaGuard;
import de.netzwerk.partner.spreadsheet.Language;
import de.netzwerk.partner.spreadsheet.PartnerColumn;
import de.netzwerk.partner.spreadsheet.PartnerVocabularies;
import de.netzwerk.partner.spreadsheet.PartnerVocabularies.Answer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The partner directory as a spreadsheet, with the columns and labels an import reads (so an export imported again
 * changes nothing). Each caller gets what the partner list shows them: members only partners who consented to be
 * listed, integrations no email or phone of partners who left ({@link ContactDataVisibility}).
 */
@ApplicationScoped
@Transactional
public class PartnerExport {

    private final PartnerRepository partners;
    private final NetworkService networks;

    PartnerExport(PartnerRepository partners, NetworkService networks) {
        this.partners = partners;
        this.networks = networks;
    }

    public String csv(String networkId, ContactDataVisibility.Reader reader, Language language) {
        networks.get(networkId);
        CsvWriter csv = new CsvWriter(language.separator());
        csv.row(Arrays.stream(PartnerColumn.values()).map(column -> column.heading(language)).toList());
        for (Partner partner : partners.directory(networkId, reader == ContactDataVisibility.Reader.MEMBER)) {
            boolean contactData = ContactDataVisibility.visible(reader, partner.status);
            List<String> cells = new ArrayList<>();
            for (PartnerColumn column : PartnerColumn.values()) {
                cells.add(FormulaGuard.guarded(cell(partner, column, language, contactData)));
            }
            csv.row(cells);
        }
        return csv.toString();
    }

    private static String cell(Partner partner, PartnerColumn column, Language language, boolean contactData) {
        String text = switch (column) {
            case EXTERNAL_ID -> partner.externalId;
            case NAME -> partner.name;
            case KIND -> PartnerVocabularies.KIND.label(partner.kind, language);
            case SECTOR -> PartnerVocabularies.SECTOR.label(partner.sector, language);
            case STATUS -> PartnerVocabularies.STATUS.label(partner.status, language);
            case EMAIL -> contactData ? partner.email : null;
            case PHONE -> contactData ? partner.phone : null;
            case EXPERTISE -> String.join(", ", partner.expertise);
            case INTERESTS -> partner.interests;
            case OFFERS -> partner.offers;
            case CONTACT_CONSENT -> answer(partner.contactConsent.given, language);
            case LISTING_CONSENT -> answer(partner.listingConsent.given, language);
            case STAY_LISTED_CONSENT -> answer(partner.stayListedConsent.given, language);
        };
        return text == null ? "" : text;
    }

    private static String answer(boolean given, Language language) {
        return PartnerVocabularies.ANSWER.label(given ? Answer.YES : Answer.NO, language);
    }
}
