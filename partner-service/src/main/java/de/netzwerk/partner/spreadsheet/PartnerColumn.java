package de.netzwerk.partner.spreadsheet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The columns of the partner spreadsheet, in the order an export writes them, with their German and English
 * headings. An import finds them by heading in any order, in either language, without regard to case, spaces and
 * hyphens ("E-Mail", "Email", "email"), and by a few other names offices use.
 */
public enum PartnerColumn {
    EXTERNAL_ID("Externe ID", "External ID"),
    NAME("Name", "Name"),
    KIND("Art", "Kind", "Typ", "Type"),
    SECTOR("Sektor", "Sector", "Bereich"),
    STATUS("Status", "Status"),
    EMAIL("E-Mail", "Email", "E-Mail-Adresse", "Email address", "Mail"),
    PHONE("Telefon", "Phone", "Telefonnummer", "Tel", "Phone number"),
    EXPERTISE("Fachgebiete", "Expertise", "Schlagworte", "Tags"),
    INTERESTS("Interessen", "Interests"),
    OFFERS("Angebote", "Offers"),
    CONTACT_CONSENT("Kontakt erlaubt", "Contact consent"),
    LISTING_CONSENT("Im Verzeichnis", "Listed"),
    STAY_LISTED_CONSENT("Bleibt gelistet", "Stays listed");

    /** Without these a new partner cannot be created. */
    public static final List<PartnerColumn> REQUIRED = List.of(NAME, KIND, SECTOR);

    private static final Map<String, PartnerColumn> BY_HEADING = new HashMap<>();

    static {
        for (PartnerColumn column : values()) {
            BY_HEADING.put(Vocabulary.key(column.german), column);
            BY_HEADING.put(Vocabulary.key(column.english), column);
            for (String alias : column.aliases) {
                BY_HEADING.put(Vocabulary.key(alias), column);
            }
        }
    }

    private final String german;
    private final String english;
    private final List<String> aliases;

    PartnerColumn(String german, String english, String... aliases) {
        this.german = german;
        this.english = english;
        this.aliases = List.of(aliases);
    }

    public String heading(Language language) {
        return language == Language.DE ? german : english;
    }

    public static Optional<PartnerColumn> ofHeading(String heading) {
        return Optional.ofNullable(BY_HEADING.get(Vocabulary.key(heading)));
    }
}
