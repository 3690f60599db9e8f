package de.netzwerk.partner.spreadsheet;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvParserTest {

    @Test
    void quotedCellsHoldSeparatorsDoubledQuotesAndLineBreaks() {
        List<CsvRecord> records = CsvParser.parse("Name;Angebote\r\n\"Blick; winkel\";\"Raum \"\"Süd\"\"\nfür 20\"\r\nTafel;\n", ';');

        assertEquals(List.of("Blick; winkel", "Raum \"Süd\"\nfür 20"), records.get(1).cells());
        assertEquals(List.of("Tafel", ""), records.get(2).cells());
        assertEquals(List.of(1, 2, 4), records.stream().map(CsvRecord::line).toList(), "a record starts on its own line");
    }

    @Test
    void aQuoteNeverClosedBreaksItsRowOnlyAndReadingGoesOnWithTheNextLine() {
        List<CsvRecord> records = CsvParser.parse("Name;Art\n\"Blickwinkel;Organisation\nTafel;Organisation\n", ';');

        assertTrue(records.get(1).isBroken());
        assertEquals(CsvRecord.Broken.UNBALANCED_QUOTE, records.get(1).broken());
        assertEquals(0, records.get(1).cell());
        assertEquals(2, records.get(1).line());
        assertEquals(List.of("Tafel", "Organisation"), records.get(2).cells());
        assertEquals(3, records.get(2).line());
    }

    @Test
    void textAfterAClosingQuoteBreaksTheRowInThatCell() {
        List<CsvRecord> records = CsvParser.parse("Name,Art\nTafel,\"Orga\"nisation\nVerein,Person", ',');

        assertEquals(CsvRecord.Broken.TEXT_AFTER_QUOTE, records.get(1).broken());
        assertEquals(1, records.get(1).cell());
        assertEquals(List.of("Verein", "Person"), records.get(2).cells());
    }

    @Test
    void aQuoteInsideAnUnquotedCellIsACharacter() {
        assertEquals(List.of("Café \"Zum Eck\"", "x"), CsvParser.parse("Café \"Zum Eck\";x", ';').getFirst().cells());
    }

    @Test
    void theSeparatorIsWhatTheHeadingLineHasMoreOfOutsideQuotes() {
        assertEquals(';', CsvParser.separatorOf("Name;Art;\"E-Mail, privat\"\nA,B,C,D"));
        assertEquals(',', CsvParser.separatorOf("Name,Kind,Sector\n"));
        assertEquals(';', CsvParser.separatorOf("Name"));
    }

    @Test
    void blankLinesAreBlankRecords() {
        List<CsvRecord> records = CsvParser.parse("Name;Art\n\n;\nTafel;Person", ';');

        assertTrue(records.get(1).isBlank());
        assertTrue(records.get(2).isBlank());
        assertFalse(records.get(3).isBlank());
        assertEquals(4, records.get(3).line());
    }

    @Test
    void whatTheWriterWritesTheParserReadsBack() {
        List<String> cells = List.of("Blick; winkel", "Raum \"Süd\"\r\nfür 20", "", "plain");
        String csv = new CsvWriter(';').row(cells).row(List.of("a", "b", "c", "d")).toString();

        assertEquals(cells, CsvParser.parse(csv, ';').getFirst().cells());
    }
}
