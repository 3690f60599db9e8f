package de.netzwerk.partner.spreadsheet;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsvTextTest {

    private static final String UMLAUTS = "Name;Art\nFörderverein Bürgerhaus Süd;Organisation\n";

    @Test
    void validUtf8IsReadAsUtf8AndLosesItsByteOrderMark() {
        CsvText text = CsvText.decode(("\uFEFF" + UMLAUTS).getBytes(StandardCharsets.UTF_8), Optional.empty());

        assertEquals(StandardCharsets.UTF_8, text.charset());
        assertEquals(UMLAUTS, text.text());
    }

    @Test
    void anythingElseIsReadAsWindows1252() {
        CsvText text = CsvText.decode("Förderverein – „Süd“ €".getBytes(CsvText.WINDOWS_1252), Optional.empty());

        assertEquals(CsvText.WINDOWS_1252, text.charset());
        assertEquals("Förderverein – „Süd“ €", text.text());
    }

    @Test
    void aDeclaredCharsetIsHonouredAndBytesNotInItAreRefused() {
        byte[] latin = UMLAUTS.getBytes(CsvText.WINDOWS_1252);

        assertEquals(UMLAUTS, CsvText.decode(latin, CsvText.accepted("ISO-8859-1")).text());
        SpreadsheetException refused = assertThrows(SpreadsheetException.class,
                () -> CsvText.decode(latin, CsvText.accepted("utf-8")));
        assertEquals("CHARSET_MISMATCH", refused.code());
    }

    @Test
    void onlyCharsetsOfSpreadsheetsAreAccepted() {
        assertEquals(Optional.of(CsvText.WINDOWS_1252), CsvText.accepted("\"Windows-1252\""));
        assertEquals(Optional.empty(), CsvText.accepted("utf-16"));
    }
}
