package de.netzwerk.meeting.service;

/**
 * A field of the request names an object (partner, group, goal, meeting, task) that does not exist in the
 * caller's network. Answered with 422 naming the field, the same whether the object belongs to another network
 * or to none, so a caller cannot learn what other networks hold.
 */
public class UnknownReferenceException extends RuntimeException {

    private final String field;
    private final String kind;

    public UnknownReferenceException(String field, String kind) {
        super("is not a " + kind + " of this network");
        this.field = field;
        this.kind = kind;
    }

    public String field() {
        return field;
    }

    public String kind() {
        return kind;
    }
}
