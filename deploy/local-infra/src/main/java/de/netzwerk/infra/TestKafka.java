package de.netzwerk.infra;

import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.apache.kafka.common.test.TestKitNodes;
import org.jboss.logging.Logger;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The Kafka broker of a test JVM: one KRaft node, shared by every test profile in that JVM.
 *
 * <p>Without Docker it runs inside the test JVM from the Apache Kafka jars (it starts in a few seconds and
 * needs no download); with Docker it is the official image in a container.
 */
final class TestKafka {

    private static final Logger LOG = Logger.getLogger(TestKafka.class);
    private static final String CONTAINER_IMAGE = "apache/kafka:4.1.1";

    private static String bootstrapServers;

    private TestKafka() {
    }

    /** The bootstrap servers of the running broker, starting it on first use. */
    static synchronized String bootstrapServers(InfraMode mode) {
        if (bootstrapServers == null) {
            bootstrapServers = switch (mode) {
                case CONTAINERS -> startContainer();
                case LOCAL -> startInJvm();
            };
        }
        return bootstrapServers;
    }

    private static String startContainer() {
        KafkaContainer container = new KafkaContainer(CONTAINER_IMAGE);
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "kafka-container-stop"));
        return container.getBootstrapServers();
    }

    private static String startInJvm() {
        // A broker inside the test JVM must never end that JVM: a fault while it shuts down alongside the
        // application would make Surefire report a passed suite as a crashed fork.
        Exit.setExitProcedure((status, message) -> LOG.warnf("In-JVM Kafka broker asked to exit(%d): %s", status, message));
        Exit.setHaltProcedure((status, message) -> LOG.warnf("In-JVM Kafka broker asked to halt(%d): %s", status, message));
        try {
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                    .setCombined(true)
                    .setNumBrokerNodes(1)
                    .setNumControllerNodes(1)
                    .build())
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "3")
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(cluster), "kafka-broker-stop"));
            return cluster.bootstrapServers();
        } catch (Exception e) {
            throw new IllegalStateException("Could not start the in-JVM Kafka broker for the tests", e);
        }
    }

    private static void close(KafkaClusterTestKit cluster) {
        try {
            cluster.close();
        } catch (Exception e) {
            // The JVM is exiting; a broker that does not shut down cleanly leaves only temporary files.
        }
    }
}
