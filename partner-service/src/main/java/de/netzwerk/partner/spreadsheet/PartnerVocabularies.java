package de.netzwerk.partner.spreadsheet;

import de.netzwerk.partner.PartnerKind;
import de.netzwerk.partner.PartnerStatus;
import de.netzwerk.partner.Sector;

import java.util.Map;

import static java.util.Map.entry;

/** The labels of a partner's closed lists in spreadsheets. A partner is never imported or exported as ERASED. */
public final class PartnerVocabularies {

    public static final Vocabulary<PartnerKind> KIND = Vocabulary.of(PartnerKind.class,
            Map.of(PartnerKind.ORGANISATION, "Organisation", PartnerKind.PERSON, "Person"),
            Map.of(PartnerKind.ORGANISATION, "Organisation", PartnerKind.PERSON, "Person"));

    public static final Vocabulary<Sector> SECTOR = Vocabulary.of(Sector.class,
            Map.ofEntries(entry(Sector.MUNICIPALITY, "Kommune"), entry(Sector.ASSOCIATION, "Verein"),
                    entry(Sector.SOCIAL_SERVICES, "Soziale Dienste"), entry(Sector.BUSINESS, "Wirtschaft"),
                    entry(Sector.EDUCATION, "Bildung"), entry(Sector.POLITICS, "Politik"),
                    entry(Sector.SELF_ADVOCATES, "Selbstvertretung"), entry(Sector.VOLUNTEERS, "Ehrenamt"),
                    entry(Sector.MEDIA, "Medien"), entry(Sector.OTHER, "Sonstiges")),
            Map.ofEntries(entry(Sector.MUNICIPALITY, "Municipality"), entry(Sector.ASSOCIATION, "Association"),
                    entry(Sector.SOCIAL_SERVICES, "Social services"), entry(Sector.BUSINESS, "Business"),
                    entry(Sector.EDUCATION, "Education"), entry(Sector.POLITICS, "Politics"),
                    entry(Sector.SELF_ADVOCATES, "Self-advocates"), entry(Sector.VOLUNTEERS, "Volunteers"),
                    entry(Sector.MEDIA, "Media"), entry(Sector.OTHER, "Other")));

    public static final Vocabulary<PartnerStatus> STATUS = Vocabulary.of(PartnerStatus.class,
            Map.of(PartnerStatus.PROSPECT, "Interessent", PartnerStatus.ACTIVE, "Aktiv", PartnerStatus.PAUSED, "Pausiert",
                    PartnerStatus.LEFT, "Ausgeschieden", PartnerStatus.ERASED, "Gelöscht"),
            Map.of(PartnerStatus.PROSPECT, "Prospect", PartnerStatus.ACTIVE, "Active", PartnerStatus.PAUSED, "Paused",
                    PartnerStatus.LEFT, "Left", PartnerStatus.ERASED, "Erased"));

    /** Yes and no, as spreadsheets write them; an empty cell is neither. */
    public static final Vocabulary<Answer> ANSWER = Vocabulary.of(Answer.class,
            Map.of(Answer.YES, "ja", Answer.NO, "nein"), Map.of(Answer.YES, "yes", Answer.NO, "no"));

    /** A consent's answer in a cell. */
    public enum Answer {
        YES,
        NO
    }

    private PartnerVocabularies() {
    }
}
