package de.netzwerk.partner.rest;

import de.netzwerk.partner.spreadsheet.Language;
import jakarta.ws.rs.core.HttpHeaders;

import java.util.Locale;

/** The language a caller asks for with Accept-Language: the first of German and English they name. */
final class Languages {

    private Languages() {
    }

    static Language preferred(HttpHeaders headers, Language otherwise) {
        for (Locale locale : headers.getAcceptableLanguages()) {
            Language language = Language.of(locale.getLanguage());
            if (language != null) {
                return language;
            }
        }
        return otherwise;
    }
}
