package de.netzwerk.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** The minutes (Protokoll) of a meeting: its text, or a link to where they are kept. */
@Entity
@Table(name = "minutes")
public class Minutes {

    @Id
    @Column(name = "meeting_id")
    public UUID meetingId;

    public String text;

    public String link;

    /** First publication; later edits keep it, so lateness is judged once. */
    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Calendar days from the meeting's end to the publication, in the meeting's time zone. */
    @Column(name = "days_after", nullable = false)
    public int daysAfter;

    @Column(nullable = false)
    public boolean late;

    @Version
    public long version;
}
