package de.netzwerk.partner.service;

import de.netzwerk.partner.language.Text;

import java.util.Optional;

/**
 * What text the API refuses (a NUL, an unpaired surrogate), as the edge decides it: a spreadsheet's cells pass the same
 * rule as a request's fields. The rule lives with the other input rules at the edge ({@code rest.input}), which
 * provides it here, so the service does not reach back into the adapters.
 */
@FunctionalInterface
public interface TextRule {

    /** Why the API would refuse this text, or empty if it takes it. */
    Optional<Text> problemIn(String text);
}
