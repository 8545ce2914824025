package org.crewtraining.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.LongDeserializer;
import org.apache.kafka.common.serialization.LongSerializer;

/**
 * What the broker alone costs the pipeline, with none of our code: a bare Kafka client sends
 * 300-byte records at a fixed rate the way the relay does (one transaction per commit, a checkpoint
 * record on a second partition in the same transaction), and a read_committed consumer polls them
 * as the projection does. Printed per mode: broker CPU per event, the send's commit (or flush) time
 * and the time from send to the consumer's poll. Modes: an idempotent producer flushing each record
 * (no transaction, the cheapest durable send), a transaction per event, and a transaction of five
 * events. The floor that target 4 of issue 16 stands on: the pipeline can be no quicker or cheaper
 * than this.
 */
public final class KafkaFloorBench {

  private record Mode(String name, boolean transactional, int perTransaction) {}

  public static void main(String[] args) throws Exception {
    int rate = Integer.parseInt(args[0]);
    int seconds = Integer.parseInt(args[1]);
    String bootstrap = System.getProperty("bootstrap", "127.0.0.1:19092");
    CpuMeter cpu = new CpuMeter(System.getProperty("cpuPids"));
    List<Mode> modes =
        List.of(
            new Mode("idempotent, flush per event", false, 1),
            new Mode("transaction per event + checkpoint record", true, 1),
            new Mode("transaction of 5 events + checkpoint record", true, 5));
    // The broker's JIT first: every mode for -DwarmupSecs (90), then until its compilers are quiet.
    // After 30 s per mode a one-event transaction still had a p99 of 23 ms; later runs on the same
    // broker 7-8 ms.
    int warmup = Integer.getInteger("warmupSecs", 90);
    for (Mode mode : modes) {
      run(bootstrap, cpu, mode, rate, warmup);
    }
    System.out.printf("broker compilers quiet after %d s%n", cpu.awaitCompilersQuiet(120));
    List<String> rows = new ArrayList<>();
    for (Mode mode : modes) {
      rows.add(run(bootstrap, cpu, mode, rate, seconds));
    }
    System.out.println();
    System.out.printf(
        "Bare Kafka at %d events/s, %d s per mode (after a warm-up of every mode):%n",
        rate, seconds);
    System.out.println(
        "| mode | broker CPU ms / event (share of machine) | client JVM ms / event | commit p50 / p99 ms"
            + " | send → polled p50 / p99 / max ms |");
    System.out.println("|---|---|---|---|---|");
    rows.forEach(System.out::println);
  }

  private static String run(String bootstrap, CpuMeter cpu, Mode mode, int rate, int seconds)
      throws Exception {
    String run = mode.transactional() ? "txn" + mode.perTransaction() : "idem";
    String topic = "floor-events-" + run + "-" + System.nanoTime();
    String checkpoint = topic + "-checkpoint";
    try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
      admin
          .createTopics(
              List.of(new NewTopic(topic, 6, (short) 1), new NewTopic(checkpoint, 1, (short) 1)))
          .all()
          .get(30, TimeUnit.SECONDS);
    }
    Recorder visible = new Recorder(3);
    AtomicBoolean stop = new AtomicBoolean();
    Thread consumer = new Thread(() -> consume(bootstrap, topic, mode, visible, stop));
    consumer.start();
    Map<String, Object> configs = new HashMap<>();
    configs.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    configs.put(ProducerConfig.ACKS_CONFIG, "all");
    configs.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    // As the relay's producer: a short back-off for a transaction that finds the last one still
    // writing its markers (CONCURRENT_TRANSACTIONS).
    configs.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    configs.put(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, 5);
    configs.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, LongSerializer.class);
    configs.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    if (mode.transactional()) {
      configs.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, topic);
    }
    String row;
    try (KafkaProducer<Long, byte[]> producer = new KafkaProducer<>(configs)) {
      if (mode.transactional()) {
        producer.initTransactions();
      }
      send(producer, topic, checkpoint, mode, rate, 10, new Recorder(3)); // warm-up
      visible.reset();
      Recorder commits = new Recorder(3);
      var before = cpu.snapshot();
      long start = System.nanoTime();
      int events = send(producer, topic, checkpoint, mode, rate, seconds, commits);
      double elapsed = (System.nanoTime() - start) / 1e9;
      var after = cpu.snapshot();
      Thread.sleep(1000); // the last records reach the consumer
      double broker = after.get("broker") - before.get("broker");
      double client =
          after.get("load generator (this JVM)") - before.get("load generator (this JVM)");
      Histogram c = commits.getIntervalHistogram();
      Histogram v = visible.getIntervalHistogram();
      row =
          String.format(
              "| %s | %.2f (%.0f %%) | %.2f | %.1f / %.1f | %.1f / %.1f / %.1f |",
              mode.name(),
              broker * 1000 / events,
              100 * broker / elapsed / Runtime.getRuntime().availableProcessors(),
              client * 1000 / events,
              c.getValueAtPercentile(50) / 1e6,
              c.getValueAtPercentile(99) / 1e6,
              v.getValueAtPercentile(50) / 1e6,
              v.getValueAtPercentile(99) / 1e6,
              v.getMaxValue() / 1e6);
    }
    stop.set(true);
    consumer.join();
    return row;
  }

  /** Sends rate × seconds events on a fixed schedule; returns how many. */
  private static int send(
      KafkaProducer<Long, byte[]> producer,
      String topic,
      String checkpoint,
      Mode mode,
      int rate,
      int seconds,
      Recorder commits) {
    byte[] payload = new byte[300];
    int total = rate * seconds;
    long interval = 1_000_000_000L / rate;
    long start = System.nanoTime();
    for (int i = 0; i < total; i += mode.perTransaction()) {
      // A transaction of n events leaves when its last event is due, as a paced relay batch would.
      long due = start + (i + mode.perTransaction() - 1) * interval;
      long wait;
      while ((wait = due - System.nanoTime()) > 0) {
        LockSupport.parkNanos(wait);
      }
      long began = System.nanoTime();
      if (mode.transactional()) {
        producer.beginTransaction();
      }
      for (int k = 0; k < mode.perTransaction(); k++) {
        producer.send(new ProducerRecord<>(topic, (i + k) % 6, System.nanoTime(), payload));
      }
      if (mode.transactional()) {
        producer.send(new ProducerRecord<>(checkpoint, 0, 0L, payload));
        producer.commitTransaction();
      } else {
        producer.flush();
      }
      commits.recordValue(System.nanoTime() - began);
    }
    return total;
  }

  private static void consume(
      String bootstrap, String topic, Mode mode, Recorder visible, AtomicBoolean stop) {
    Map<String, Object> configs = new HashMap<>();
    configs.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    configs.put(ConsumerConfig.GROUP_ID_CONFIG, topic);
    configs.put(
        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
        mode.transactional() ? "read_committed" : "read_uncommitted");
    configs.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    configs.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    configs.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, LongDeserializer.class);
    configs.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    try (KafkaConsumer<Long, byte[]> consumer = new KafkaConsumer<>(configs)) {
      consumer.subscribe(List.of(topic));
      while (!stop.get()) {
        for (ConsumerRecord<Long, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
          visible.recordValue(Math.max(0, System.nanoTime() - record.key()));
        }
      }
    }
  }

  private KafkaFloorBench() {}
}
