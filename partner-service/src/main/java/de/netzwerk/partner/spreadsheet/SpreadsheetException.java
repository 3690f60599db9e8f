package de.netzwerk.partner.spreadsheet;

/** The file as a whole cannot be read (charset, headings): nothing of it is imported. Texts in German and English. */
public class SpreadsheetException extends RuntimeException {

    private final String code;
    private final String german;

    public SpreadsheetException(String code, String german, String english) {
        super(english);
        this.code = code;
        this.german = german;
    }

    /** A stable machine code, e.g. {@code MISSING_COLUMN}. */
    public String code() {
        return code;
    }

    public String german() {
        return german;
    }

    public String english() {
        return getMessage();
    }
}
