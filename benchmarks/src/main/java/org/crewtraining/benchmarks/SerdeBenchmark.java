package org.crewtraining.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificDatumWriter;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encode + decode of a representative event (ProgramCreated v2, the largest program event): the
 * project's Kafka serde (single-object encoding, fingerprint lookup, CloudEvents headers) vs. plain
 * Avro SpecificDatumWriter/Reader on the same record. Target: serde ≤ 1.3× plain Avro.
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

  @Setup
  public void setUp() {
    event = SampleEvents.programCreated("prg-bench", 40);
    serializer = new EventSerializer();
    deserializer = new EventDeserializer();
    writer = new SpecificDatumWriter<>(ProgramCreated.class);
    reader = new SpecificDatumReader<>(ProgramCreated.class);
    codec = EventCodec.standard();
    out = new ByteArrayOutputStream(512);
  }

  /** The project's serde as Kafka calls it, headers included. */
  @Benchmark
  public Object projectSerde() {
    RecordHeaders headers = new RecordHeaders();
    byte[] bytes = serializer.serialize(TOPIC, headers, event);
    return deserializer.deserialize(TOPIC, headers, bytes);
  }

  /** Breakdown: the single-object codec alone (no headers, no topic check). */
  @Benchmark
  public Object codecOnly() {
    return codec.decode(codec.encode(EventType.PROGRAM_CREATED, event));
  }

  /** Breakdown: building the CloudEvents headers alone. */
  @Benchmark
  public Object headersOnly() {
    RecordHeaders headers = new RecordHeaders();
    CloudEventHeaders.write(
        headers, EventType.PROGRAM_CREATED, event.getProgramId(), event.getMetadata());
    return headers;
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
