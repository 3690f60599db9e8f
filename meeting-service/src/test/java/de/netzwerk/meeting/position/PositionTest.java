package de.netzwerk.meeting.position;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PositionTest {

    @Test
    void aPositionReadsBackAsItIsWrittenOrderedByTopicAndPartition() {
        Position position = Position.parse("partner-events:3:1234, partner-events:0:17").orElseThrow();

        assertEquals("partner-events:0:17,partner-events:3:1234", position.toString());
        assertEquals(position, Position.parse(position.toString()).orElseThrow());
    }

    @Test
    void aPartitionNamedTwiceMustBeReachedAtItsHighestOffset() {
        assertEquals("task-events:1:9", Position.parse("task-events:1:5,task-events:1:9,task-events:1:7").orElseThrow().toString());
    }

    @Test
    void anOffsetIsReachedOnceTheNextOffsetToReadIsBeyondIt() {
        Position.Part part = new Position.Part("partner-events", 0, 17);

        assertFalse(part.reachedBy(17));
        assertTrue(part.reachedBy(18));
    }

    @Test
    void onlyTheTopicsAServiceReadsAreKept() {
        Position position = Position.parse("partner-events:0:1,task-events:0:2").orElseThrow();

        assertEquals("partner-events:0:1", position.onlyTopics(Set.of("partner-events")).toString());
        assertTrue(position.onlyTopics(Set.of("meeting-events")).isEmpty());
    }

    @Test
    void whatIsNoPositionIsRefused() {
        for (String text : new String[] {"", " ", "partner-events", "partner-events:0", "partner-events:0:1:2",
                "partner-events:-1:5", "partner-events:0:-5", "partner events:0:5", "partner-events:0:5,",
                "partner-events:0:1e3", "partner-events:99999999999:1", "partner-events:0:9999999999999999999"}) {
            assertEquals(Optional.empty(), Position.parse(text), text);
        }
    }

    @Test
    void aHeaderCannotMakeTheServiceWaitForMorePartsThanItAllows() {
        String many = String.join(",", Collections.nCopies(Position.MAX_PARTS + 1, "partner-events:0:1"));

        assertEquals(Optional.empty(), Position.parse(many));
    }
}
