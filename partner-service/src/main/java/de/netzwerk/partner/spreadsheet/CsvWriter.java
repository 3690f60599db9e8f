package de.netzwerk.partner.spreadsheet;

import java.util.List;

/** Writes CSV as RFC 4180 says: a cell is quoted when it holds the separator, a quote or a line break. */
public final class CsvWriter {

    private final StringBuilder out = new StringBuilder();
    private final char separator;

    public CsvWriter(char separator) {
        this.separator = separator;
    }

    public CsvWriter row(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(separator);
            }
            cell(cells.get(i) == null ? "" : cells.get(i));
        }
        out.append("\r\n");
        return this;
    }

    private void cell(String text) {
        boolean quoted = text.indexOf(separator) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        if (!quoted) {
            out.append(text);
            return;
        }
        out.append('"').append(text.replace("\"", "\"\"")).append('"');
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
