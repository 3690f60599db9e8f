package de.netzwerk.meeting.service;

/** The caller asked for something that does not exist in their network. */
public class ResourceNotFoundException extends RuntimeException {

    private final String kind;
    private final String id;

    public ResourceNotFoundException(String kind, Object id) {
        super(kind + " " + id + " not found");
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
