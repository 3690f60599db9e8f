package de.netzwerk.infra.api;

import java.util.ArrayList;
import java.util.List;

/**
 * What a harness found wrong, collected over all operations so that one run reports every hole, then
 * asserted at once.
 */
final class Findings {

    private static final int SHOWN = 300;

    private final String title;
    private final List<String> lines = new ArrayList<>();

    Findings(String title) {
        this.title = title;
    }

    void add(String line) {
        lines.add(line);
    }

    void addAll(List<String> more) {
        lines.addAll(more);
    }

    int count() {
        return lines.size();
    }

    /** Prints the findings (the test's output keeps them all) and fails with them if there are any. */
    void assertNone() {
        if (lines.isEmpty()) {
            return;
        }
        lines.forEach(line -> System.out.println(title + " finding: " + line));
        StringBuilder message = new StringBuilder(title).append(": ").append(lines.size()).append(" finding(s)");
        lines.stream().limit(SHOWN).forEach(line -> message.append("\n  ").append(line));
        if (lines.size() > SHOWN) {
            message.append("\n  … and ").append(lines.size() - SHOWN).append(" more in the test's output");
        }
        throw new AssertionError(message.toString());
    }
}
