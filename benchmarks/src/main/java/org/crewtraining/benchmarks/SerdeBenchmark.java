package org.crewtraining.benchmarks;

import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.crewtraining.contracts.CloudEventHeaders;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.EventDeserializer;
import org.crewtraining.contracts.EventSerializer;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.SampleEvents;
import org.crewtraining.contracts.Topic;
import org.crewtraining.events.programs.ProgramCreated;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encode + decode of a representative event (ProgramCreated, the largest program event): the
 * project's Kafka serde (Confluent framing with the registry id, CloudEvents headers) and its codec
 * alone vs. plain Avro SpecificDatumWriter/Reader on the same record, and Apicurio's own Kafka
 * serde configured to write the same bytes, for reference. Ids are resolved in the set-up (the real
 * registry of {@code bin/schema-registry}, or {@code CREW_REGISTRY_URL}), so every operation runs
 * on cached ids, as a service does after start-up. Target: codec ≤ 1.3× plain Avro.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SerdeBenchmark {

  private static final String TOPIC = Topic.PROGRAM_EVENTS.topicName();

  private ProgramCreated event;
  private EventSerializer serializer;
  private EventDeserializer deserializer;
  private SpecificDatumWriter<ProgramCreated> writer;
  private SpecificDatumReader<ProgramCreated> reader;
  private EventCodec codec;
  private ByteArrayOutputStream out;
  private BinaryEncoder encoder;
  private BinaryDecoder decoder;
  private AvroKafkaSerializer<SpecificRecord> apicurioSerializer;
  private AvroKafkaDeserializer<SpecificRecord> apicurioDeserializer;
  private byte[] dataSchema;

  @Setup
  public void setUp() {
    event = SampleEvents.programCreated("prg-bench", 40);
    serializer = new EventSerializer();
    deserializer = new EventDeserializer();
    writer = new SpecificDatumWriter<>(ProgramCreated.class);
    reader = new SpecificDatumReader<>(ProgramCreated.class);
    codec = EventCodec.standard();
    codec.ids().prepare();
    dataSchema = codec.dataSchemaOf(EventType.PROGRAM_CREATED);
    out = new ByteArrayOutputStream(512);
    Map<String, Object> apicurio = apicurioConfigs(codec);
    apicurioSerializer = new AvroKafkaSerializer<>();
    apicurioSerializer.configure(apicurio, false);
    apicurioDeserializer = new AvroKafkaDeserializer<>();
    apicurioDeserializer.configure(apicurio, false);
    if (!java.util.Arrays.equals(
        apicurioSerializer.serialize(TOPIC, event),
        codec.encode(EventType.PROGRAM_CREATED, event))) {
      throw new IllegalStateException("Apicurio's serde and ours disagree on the bytes");
    }
  }

  /** As in ApicurioFramingTest: Confluent framing, content id, no id headers, our subject. */
  private static Map<String, Object> apicurioConfigs(EventCodec codec) {
    return Map.of(
        "apicurio.registry.url",
        codec.ids().settings().apicurioApiUrl(),
        "apicurio.registry.http.adapter",
        "JDK",
        "apicurio.registry.auto-register",
        false,
        "apicurio.registry.find-latest",
        true,
        "apicurio.registry.use-id",
        "contentId",
        "apicurio.registry.headers.enabled",
        false,
        "apicurio.registry.artifact.group-id",
        codec.ids().settings().group(),
        "apicurio.registry.artifact.artifact-id",
        EventType.PROGRAM_CREATED.subject(),
        "apicurio.registry.use-specific-avro-reader",
        true);
  }

  @TearDown
  public void tearDown() {
    apicurioSerializer.close();
    apicurioDeserializer.close();
  }

  /** The project's serde as Kafka calls it, headers included. */
  @Benchmark
  public Object projectSerde() {
    RecordHeaders headers = new RecordHeaders();
    byte[] bytes = serializer.serialize(TOPIC, headers, event);
    return deserializer.deserialize(TOPIC, headers, bytes);
  }

  /** The codec alone: Confluent framing with the cached id (no headers, no topic check). */
  @Benchmark
  public Object codecOnly() {
    return codec.decode(codec.encode(EventType.PROGRAM_CREATED, event));
  }

  /** Breakdown: building the CloudEvents headers alone. */
  @Benchmark
  public Object headersOnly() {
    RecordHeaders headers = new RecordHeaders();
    CloudEventHeaders.write(
        headers, EventType.PROGRAM_CREATED, event.getProgramId(), event.getMetadata(), dataSchema);
    return headers;
  }

  /** Reference: Apicurio's own serializer and deserializer writing and reading the same bytes. */
  @Benchmark
  public Object apicurioSerde() {
    RecordHeaders headers = new RecordHeaders();
    byte[] bytes = apicurioSerializer.serialize(TOPIC, headers, event);
    return apicurioDeserializer.deserialize(TOPIC, headers, bytes);
  }

  /** Plain Avro binary with reused encoder/decoder: the floor. */
  @Benchmark
  public Object plainAvro() throws IOException {
    out.reset();
    encoder = EncoderFactory.get().directBinaryEncoder(out, encoder);
    writer.write(event, encoder);
    encoder.flush();
    decoder = DecoderFactory.get().binaryDecoder(out.toByteArray(), decoder);
    return reader.read(null, decoder);
  }
}
