package de.netzwerk.partner.spreadsheet;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A partner spreadsheet read: its separator, which column holds what (headings in German or English, any order),
 * the headings nobody knows (ignored and reported) and the data rows.
 */
public final class PartnerSheet {

    private final char separator;
    private final List<String> headings;
    private final Map<PartnerColumn, Integer> columns;
    private final List<String> ignored;
    private final List<CsvRecord> rows;

    private PartnerSheet(char separator, List<String> headings, Map<PartnerColumn, Integer> columns,
            List<String> ignored, List<CsvRecord> rows) {
        this.separator = separator;
        this.headings = headings;
        this.columns = columns;
        this.ignored = ignored;
        this.rows = rows;
    }

    /**
     * Reads the text; an empty file is a sheet without rows.
     *
     * @throws SpreadsheetException when the heading line is broken, names a column twice or lacks a required one
     */
    public static PartnerSheet read(String text) {
        char separator = CsvParser.separatorOf(text);
        List<CsvRecord> records = CsvParser.parse(text, separator);
        if (records.isEmpty() || records.getFirst().isBlank() && records.size() == 1) {
            return new PartnerSheet(separator, List.of(), new EnumMap<>(PartnerColumn.class), List.of(), List.of());
        }
        CsvRecord headingLine = records.getFirst();
        if (headingLine.isBroken()) {
            throw new SpreadsheetException("HEADINGS_BROKEN",
                    "Die Überschriftenzeile ist nicht lesbar: ein Anführungszeichen wird nicht geschlossen.",
                    "The heading line cannot be read: a quote is never closed.");
        }
        Map<PartnerColumn, Integer> columns = new EnumMap<>(PartnerColumn.class);
        List<String> ignored = new ArrayList<>();
        List<String> headings = headingLine.cells().stream().map(String::strip).toList();
        for (int i = 0; i < headings.size(); i++) {
            String heading = headings.get(i);
            Optional<PartnerColumn> column = PartnerColumn.ofHeading(heading);
            if (column.isEmpty()) {
                if (!heading.isEmpty()) {
                    ignored.add(heading);
                }
                continue;
            }
            Integer earlier = columns.put(column.get(), i);
            if (earlier != null) {
                throw new SpreadsheetException("DUPLICATE_COLUMN",
                        "Die Spalten „%s“ und „%s“ meinen dasselbe.".formatted(headings.get(earlier), heading),
                        "The columns '%s' and '%s' mean the same.".formatted(headings.get(earlier), heading));
            }
        }
        List<String> missing = PartnerColumn.REQUIRED.stream().filter(column -> !columns.containsKey(column))
                .map(column -> column.heading(Language.DE) + " / " + column.heading(Language.EN)).toList();
        if (!missing.isEmpty()) {
            throw new SpreadsheetException("MISSING_COLUMN",
                    "Es fehlen Spalten: " + String.join(", ", missing) + ".",
                    "Columns are missing: " + String.join(", ", missing) + ".");
        }
        return new PartnerSheet(separator, headings, columns, List.copyOf(ignored),
                records.subList(1, records.size()));
    }

    public char separator() {
        return separator;
    }

    /** The headings no column of a partner answers to: their cells are not imported. */
    public List<String> ignoredHeadings() {
        return ignored;
    }

    /** The records after the heading line. */
    public List<CsvRecord> rows() {
        return rows;
    }

    public boolean has(PartnerColumn column) {
        return columns.containsKey(column);
    }

    /** The heading as the file writes it; null if the file has no such column. */
    public String heading(PartnerColumn column) {
        Integer index = columns.get(column);
        return index == null ? null : headings.get(index);
    }

    /** The heading of the {@code index}th cell, or null beyond the last heading. */
    public String headingAt(int index) {
        return index >= 0 && index < headings.size() ? headings.get(index) : null;
    }

    public int width() {
        return headings.size();
    }

    /** The record's cell in the column, "" when the record ends before it; empty if the file has no such column. */
    public Optional<String> cell(CsvRecord record, PartnerColumn column) {
        Integer index = columns.get(column);
        if (index == null) {
            return Optional.empty();
        }
        return Optional.of(index < record.cells().size() ? record.cells().get(index) : "");
    }
}
