package de.netzwerk.partner.spreadsheet;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FormulaGuardTest {

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsWrittenAsTextAndReadBack() {
        for (String cell : new String[] { "=HYPERLINK(\"http://x\")", "@SUM(A1)", "+1+2 cmd", "-Anna" }) {
            assertEquals("'" + cell, FormulaGuard.guarded(cell));
            assertEquals(cell, FormulaGuard.unguarded(FormulaGuard.guarded(cell)));
        }
    }

    @Test
    void phoneNumbersAndOrdinaryApostrophesAreLeftAlone() {
        assertEquals("+49 521 123456", FormulaGuard.guarded("+49 521 123456"));
        assertEquals("'s Gravenhage", FormulaGuard.unguarded("'s Gravenhage"));
    }
}
