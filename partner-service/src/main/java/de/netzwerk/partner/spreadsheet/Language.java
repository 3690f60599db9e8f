package de.netzwerk.partner.spreadsheet;

/** The language of a spreadsheet's headings and values. */
public enum Language {
    DE,
    EN;

    /** {@code de} or {@code en}, any case; null for anything else. */
    public static Language of(String code) {
        if (code == null) {
            return null;
        }
        return switch (code.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "de" -> DE;
            case "en" -> EN;
            default -> null;
        };
    }

    /** German spreadsheets separate cells with {@code ;} (the comma is the decimal mark), English ones with {@code ,}. */
    public char separator() {
        return this == DE ? ';' : ',';
    }
}
