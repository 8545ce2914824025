package org.crewtraining.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.crewtraining.contracts.EventDeserializer;
import org.crewtraining.contracts.EventSerializer;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.LogReader;
import org.crewtraining.contracts.Topic;

/**
 * Projection catch-up, in three steps that bin/bench runs around the service start:
 *
 * <pre>
 *   produce N      pre-produce a realistic mix (EventMix) with the project serializer, fast
 *   raw            Kafka's own consumer reads both topics from offset 0: the physical limit
 *                  (bytes only, then again with EventDeserializer to show the decode share)
 *   watch N RAW    poll reporting-service's applied-events counter until it reaches N
 * </pre>
 */
public final class CatchUpBench {

  private CatchUpBench() {}

  public static void main(String[] args) throws Exception {
    String bootstrap = System.getProperty("bootstrap", "127.0.0.1:19092");
    switch (args[0]) {
      case "produce" -> produce(bootstrap, Long.parseLong(args[1]));
      case "raw" -> raw(bootstrap);
      case "watch" ->
          watch(
              // reporting-service's management port: actuator health and metrics
              System.getProperty("reporting.management", "http://127.0.0.1:18093"),
              Long.parseLong(args[1]),
              Double.parseDouble(args[2]),
              Long.parseLong(args[3]));
      default -> throw new IllegalArgumentException("produce N | raw | watch N RAW_RATE START_MS");
    }
  }

  static void produce(String bootstrap, long total) throws Exception {
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      List<NewTopic> topics = new ArrayList<>();
      for (Topic t : Topic.values()) {
        topics.add(new NewTopic(t.topicName(), t.partitions(), (short) 1).configs(t.configs()));
        topics.add(new NewTopic(t.deadLetterTopicName(), t.partitions(), (short) 1));
      }
      admin.createTopics(topics).all().get();
    }
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrap);
    // Loading speed, not durability: leader ack only, big batches.
    p.put("acks", "1");
    p.put("enable.idempotence", "false");
    p.put("linger.ms", "20");
    p.put("batch.size", Integer.toString(256 * 1024));
    p.put("buffer.memory", Long.toString(64L << 20));
    AtomicLong failed = new AtomicLong();
    long started = System.nanoTime();
    long count;
    try (KafkaProducer<String, SpecificRecord> producer =
        new KafkaProducer<>(p, new StringSerializer(), new EventSerializer())) {
      EventMix mix = new EventMix(200, 50_000);
      count =
          mix.generate(
              total,
              event -> {
                EventType type = EventType.of(event);
                producer.send(
                    new ProducerRecord<>(type.topic().topicName(), type.keyOf(event), event),
                    (md, e) -> {
                      if (e != null) {
                        failed.incrementAndGet();
                      }
                    });
              });
      producer.flush();
    }
    double secs = (System.nanoTime() - started) / 1e9;
    System.out.printf(
        "produced %,d events in %.1f s (%,.0f events/s), failed %d%n",
        count, secs, count / secs, failed.get());
    if (failed.get() > 0) {
      System.exit(1);
    }
  }

  static void raw(String bootstrap) {
    consumeAll(bootstrap, false); // warm-up pass: JIT and page cache, not reported
    double decoded = consumeAll(bootstrap, true);
    double bytesOnly = consumeAll(bootstrap, false);
    System.out.printf("RAW_RATE=%.0f%n", bytesOnly);
    System.out.printf("RAW_DECODED_RATE=%.0f%n", decoded);
  }

  /** Reads every record of both topics from offset 0 once; returns records per second. */
  static double consumeAll(String bootstrap, boolean decode) {
    EventDeserializer deserializer = new EventDeserializer();
    try (LogReader reader =
        new LogReader(bootstrap, Map.of(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000))) {
      reader.fromBeginningOf(LogReader.EVENT_TOPICS);
      long[] count = {0};
      long[] bytes = {0};
      long started = System.nanoTime();
      reader.readTo(
          reader.endOffsets(),
          records -> {
            for (ConsumerRecord<byte[], byte[]> r : records) {
              bytes[0] += r.serializedValueSize();
              if (decode) {
                deserializer.deserialize(r.topic(), r.headers(), r.value());
              }
            }
            count[0] += records.count();
          });
      double secs = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          "raw consume%s: %,d records, %.1f MB values in %.2f s = %,.0f records/s%n",
          decode ? " + EventDeserializer" : " (bytes)",
          count[0],
          bytes[0] / 1e6,
          secs,
          count[0] / secs);
      return count[0] / secs;
    }
  }

  /**
   * Polls the applied-events counter every 200 ms. The rate is taken from the first applied event
   * to the last (the service's start-up is reported separately: it is not fold speed).
   */
  static void watch(String base, long total, double rawRate, long launchedAtMs) throws Exception {
    Http http = new Http();
    long firstAt = 0;
    long applied = 0;
    long deadline = System.currentTimeMillis() + 600_000;
    while (applied < total && System.currentTimeMillis() < deadline) {
      applied = appliedCount(http, base);
      if (applied > 0 && firstAt == 0) {
        firstAt = System.currentTimeMillis();
      }
      Thread.sleep(200);
    }
    long doneAt = System.currentTimeMillis();
    String health = http.get(base + "/actuator/health");
    double secs = (doneAt - firstAt) / 1000.0;
    double rate = applied / secs;
    System.out.println();
    System.out.println("| figure | value | target | met |");
    System.out.println("|---|---|---|---|");
    System.out.printf(
        "| events applied | %,d of %,d | all | %s |%n", applied, total, yes(applied >= total));
    System.out.printf(
        "| service start → first event applied | %.1f s | – | – |%n",
        (firstAt - launchedAtMs) / 1000.0);
    System.out.printf(
        "| first → last event applied | %.1f s | ≤ 15 s for 1M | %s |%n",
        secs, yes(secs * 1_000_000 / total <= 15));
    System.out.printf(
        "| fold rate | %,.0f events/s | ≥ 100,000 | %s |%n", rate, yes(rate >= 100_000));
    System.out.printf("| raw consume rate (same run) | %,.0f records/s | – | – |%n", rawRate);
    System.out.printf(
        "| fold / raw consume of the same topics, same run | %.1f %% | ≥ 12 %% | %s |%n",
        100 * rate / rawRate, yes(rate / rawRate >= 0.12));
    System.out.println();
    System.out.println("health at the end: " + health);
  }

  static long appliedCount(Http http, String base) {
    try {
      String json = http.get(base + "/actuator/metrics/reporting.events.applied");
      return (long) Double.parseDouble(Http.field(json, "value"));
    } catch (RuntimeException e) {
      return 0; // not up yet
    }
  }

  static String yes(boolean met) {
    return met ? "yes" : "**no**";
  }
}
