package de.netzwerk.partner.spreadsheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 describes it: cells separated by {@code ;} or {@code ,}, quoted cells holding separators,
 * line breaks and doubled quotes. Lenient where spreadsheets are (a quote inside an unquoted cell is a character, any
 * line ending ends a record) and strict where a guess would shift cells into the wrong columns: a broken record is
 * returned as broken, and reading goes on with the next line, so that one bad row does not hide the others.
 */
public final class CsvParser {

    private final String text;
    private final char separator;
    private int position;
    private int line = 1;

    private CsvParser(String text, char separator) {
        this.text = text;
        this.separator = separator;
    }

    /** Every record of the text, the heading line included, with the line each starts on. */
    public static List<CsvRecord> parse(String text, char separator) {
        return new CsvParser(text, separator).records();
    }

    /** {@code ;} or {@code ,}: whichever the heading line (outside quotes) has more of; {@code ;} if neither. */
    public static char separatorOf(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    private List<CsvRecord> records() {
        List<CsvRecord> records = new ArrayList<>();
        while (position < text.length()) {
            records.add(record());
        }
        return records;
    }

    private CsvRecord record() {
        int startLine = line;
        int startPosition = position;
        List<String> cells = new ArrayList<>();
        while (true) {
            if (position < text.length() && text.charAt(position) == '"') {
                String cell = quotedCell();
                if (cell == null) {
                    return resumeAfter(startLine, startPosition, CsvRecord.Broken.UNBALANCED_QUOTE, cells.size());
                }
                if (position < text.length() && !isCellEnd(text.charAt(position))) {
                    return resumeAfter(startLine, startPosition, CsvRecord.Broken.TEXT_AFTER_QUOTE, cells.size());
                }
                cells.add(cell);
            } else {
                cells.add(plainCell());
            }
            if (position >= text.length()) {
                return CsvRecord.of(startLine, cells);
            }
            char c = text.charAt(position++);
            if (c == separator) {
                continue;
            }
            endLine(c);
            return CsvRecord.of(startLine, cells);
        }
    }

    /** The quoted cell at the position, without its quotes; null if its quote is never closed. */
    private String quotedCell() {
        StringBuilder cell = new StringBuilder();
        int i = position + 1;
        int lines = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i += 2;
                    continue;
                }
                position = i + 1;
                line += lines;
                return cell.toString();
            }
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                lines++;
            }
            cell.append(c);
            i++;
        }
        return null;
    }

    private String plainCell() {
        int start = position;
        while (position < text.length() && !isCellEnd(text.charAt(position))) {
            position++;
        }
        return text.substring(start, position);
    }

    private boolean isCellEnd(char c) {
        return c == separator || c == '\n' || c == '\r';
    }

    /** Counts a line ending just read; {@code \r\n} is one. */
    private void endLine(char c) {
        if (c == '\r' && position < text.length() && text.charAt(position) == '\n') {
            position++;
        }
        line++;
    }

    /** The record is reported as broken; reading goes on at the line after the one it started on. */
    private CsvRecord resumeAfter(int startLine, int startPosition, CsvRecord.Broken broken, int cell) {
        position = startPosition;
        line = startLine;
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '\n' || c == '\r') {
                endLine(c);
                break;
            }
        }
        return CsvRecord.broken(startLine, broken, cell);
    }
}
