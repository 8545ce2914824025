package org.crewtraining.reporting.projection;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.crewtraining.contracts.Events;
import org.springframework.stereotype.Component;

/**
 * Where an event's way from the writing service's commit to the read model takes its time, per
 * event: {@code relay} from when it occurred (the writer's clock, at its commit) until the relay
 * sent it (the record's create time), {@code broker} from then until this service's poll handed it
 * over (the Kafka transaction's commit included), {@code apply} from the poll until the
 * projection's commit. Timer {@code reporting.pipeline.delay}, tag {@code stage}; the services
 * share one clock here, across machines they are as good as the clocks' agreement.
 */
@Component
public class PipelineDelays {

  private final Timer relay;
  private final Timer broker;
  private final Timer apply;

  public PipelineDelays(MeterRegistry meters) {
    this.relay = timer(meters, "relay");
    this.broker = timer(meters, "broker");
    this.apply = timer(meters, "apply");
  }

  private static Timer timer(MeterRegistry meters, String stage) {
    return Timer.builder("reporting.pipeline.delay")
        .description("Time an event spent in each stage between its commit and the read model")
        .tag("stage", stage)
        .register(meters);
  }

  /** Records the stages of a batch's events once the projection committed them. */
  public void committed(
      List<ConsumerRecord<String, byte[]>> records, List<PolledRecord> applied, long polledAtMs) {
    long now = System.currentTimeMillis();
    for (int i = 0; i < applied.size(); i++) {
      PolledRecord polled = applied.get(i);
      ConsumerRecord<String, byte[]> record = records.get(i);
      if (polled.event() == null || record.timestampType() != TimestampType.CREATE_TIME) {
        continue;
      }
      long occurred = Events.metadataOf(polled.event()).getOccurredAt().toEpochMilli();
      relay.record(Math.max(0, record.timestamp() - occurred), TimeUnit.MILLISECONDS);
      broker.record(Math.max(0, polledAtMs - record.timestamp()), TimeUnit.MILLISECONDS);
      apply.record(now - polledAtMs, TimeUnit.MILLISECONDS);
    }
  }
}
