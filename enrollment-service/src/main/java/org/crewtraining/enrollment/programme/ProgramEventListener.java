package org.crewtraining.enrollment.programme;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.crewtraining.support.logging.EventLogContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

@Component
class ProgramEventListener {

  private static final Logger log = LoggerFactory.getLogger(ProgramEventListener.class);

  private final ProgramEventApplier applier;

  ProgramEventListener(ProgramEventApplier applier) {
    this.applier = applier;
  }

  @KafkaListener(
      id = "enrollment-service.program-events",
      idIsGroup = false,
      topics = "#{T(org.crewtraining.contracts.Topic).PROGRAM_EVENTS.topicName()}")
  void onProgramEvent(ConsumerRecord<String, SpecificRecord> record) {
    try (EventLogContext logContext = EventLogContext.of(record.value(), record.headers())) {
      if (!applier.apply(record.value())) {
        log.debug("Skipped redelivered program event at offset {}", record.offset());
      }
    }
  }
}
