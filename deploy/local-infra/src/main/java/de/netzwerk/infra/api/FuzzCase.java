package de.netzwerk.infra.api;

/**
 * One hostile request.
 *
 * @param what what is hostile about it, for reports: {@code body.name = <NUL…>}, {@code query page=abc}
 */
record FuzzCase(String what, ApiCall call, Expectation expectation) {
}
