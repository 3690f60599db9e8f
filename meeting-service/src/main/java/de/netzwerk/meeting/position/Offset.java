package de.netzwerk.meeting.position;

import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Where a consumed record lies in its topic. */
public record Offset(String topic, int partition, long offset) {

    public static Offset of(ConsumerRecord<?, ?> record) {
        return new Offset(record.topic(), record.partition(), record.offset());
    }
}
