package de.netzwerk.partner.spreadsheet;

/**
 * Keeps a spreadsheet program from running a cell as a formula (CSV injection): a member could name themselves
 * {@code =HYPERLINK(…)} and a coordinator would open the export. Such a cell is written with a leading apostrophe,
 * which spreadsheets read as "text", and an import takes the apostrophe off again. Phone numbers such as
 * {@code +49 521 123456} are left alone.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    public static String guarded(String cell) {
        return startsFormula(cell) ? "'" + cell : cell;
    }

    public static String unguarded(String cell) {
        return cell.startsWith("'") && startsFormula(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean startsFormula(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char first = cell.charAt(0);
        if (first == '=' || first == '@' || first == '\t' || first == '\r') {
            return true;
        }
        return (first == '+' || first == '-') && !cell.matches("[+0-9 ()/-]*");
    }
}
