package de.netzwerk.infra.api;

/**
 * The harness cannot build a call for an operation from the document and the fixture. The operation is then
 * reported as a failure by name, never skipped: the fixture must say how to call it.
 */
public class CannotBuildCall extends RuntimeException {

    public CannotBuildCall(String reason) {
        super(reason);
    }
}
