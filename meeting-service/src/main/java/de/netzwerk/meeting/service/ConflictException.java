package de.netzwerk.meeting.service;

import de.netzwerk.meeting.language.Text;

/** The request contradicts what is already stored; the text tells the caller what, its code names the conflict. */
public class ConflictException extends RuntimeException {

    private final Text text;

    public ConflictException(Text text) {
        super(text.code());
        this.text = text;
    }

    public Text text() {
        return text;
    }
}
