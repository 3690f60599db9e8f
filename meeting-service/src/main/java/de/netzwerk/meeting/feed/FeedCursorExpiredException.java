package de.netzwerk.meeting.feed;

/** The events after a follower's cursor have left the journal (retention): it may have missed some and must resync. */
public class FeedCursorExpiredException extends RuntimeException {

    public FeedCursorExpiredException(FeedCursor cursor) {
        super("The events after feed position " + cursor.position() + " are no longer kept");
    }
}
