package de.netzwerk.partner.spreadsheet;

import java.util.List;

/**
 * One record of a CSV file: the line it starts on (the heading line is line 1) and its cells; or, if it is broken
 * (a quote never closed, text after a closing quote), what is wrong and in which cell.
 *
 * @param cell the index of the broken cell, for {@code broken} records
 */
public record CsvRecord(int line, List<String> cells, Broken broken, int cell) {

    /** How a record can be broken. */
    public enum Broken {
        /** A quote opened and never closed: the record would run to the end of the file. */
        UNBALANCED_QUOTE,
        /** A quoted cell followed by more text before the separator, as in {@code "Anna" Beispiel;}. */
        TEXT_AFTER_QUOTE
    }

    static CsvRecord of(int line, List<String> cells) {
        return new CsvRecord(line, List.copyOf(cells), null, -1);
    }

    static CsvRecord broken(int line, Broken broken, int cell) {
        return new CsvRecord(line, List.of(), broken, cell);
    }

    public boolean isBroken() {
        return broken != null;
    }

    /** A line with nothing in it, which spreadsheets leave between blocks of rows: skipped, not reported. */
    public boolean isBlank() {
        return !isBroken() && cells.stream().allMatch(String::isBlank);
    }
}
