package org.crewtraining.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.Conversions;
import org.apache.avro.Schema;
import org.apache.avro.data.TimeConversions;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.generic.GenericRecordBuilder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.events.enrollments.EnrollmentCancelled;
import org.crewtraining.events.enrollments.EnrollmentWithdrawn;
import org.crewtraining.events.enrollments.WithdrawalReason;
import org.crewtraining.events.programs.ProgramCancellationReason;
import org.crewtraining.events.programs.ProgramCancelled;
import org.crewtraining.events.programs.ProgramScheduleChanged;
import org.crewtraining.events.programs.ScheduleChangeReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Reasons travel as codes; the retired free-text field can never carry text again (ADR 0006). */
class ReasonCodesTest {

  private static final String OLD_TEXT = "Instructor unavailable";

  private final EventCodec codec = EventCodec.standard();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jisu.kim@example.kr",
        "jisu\uFF20example\uFF0Ekr",
        "010\u200B1234\u200B5678",
        "\"jisu kim\"@localhost",
        " "
      })
  void theCodecRefusesAnyTextInARetiredField(String text) {
    for (SpecificRecord event : withRetiredReason(text).values()) {
      assertThatThrownBy(() -> codec.encode(event))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining(".reason is retired");
      assertThatThrownBy(
              () ->
                  new EventSerializer()
                      .serialize(
                          "t", new org.apache.kafka.common.header.internals.RecordHeaders(), event))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void anEmptyRetiredFieldEncodesAndTheCodeRoundTrips() {
    ProgramCancelled cancelled =
        ProgramCancelled.newBuilder()
            .setMetadata(SampleEvents.metadata("program-service"))
            .setProgramId("prg-1")
            .setReasonCode(ProgramCancellationReason.LOW_ENROLMENT)
            .build();

    ProgramCancelled decoded = (ProgramCancelled) codec.decode(codec.encode(cancelled));

    assertThat(decoded.getReason()).isEmpty();
    assertThat(decoded.getReasonCode()).isEqualTo(ProgramCancellationReason.LOW_ENROLMENT);
  }

  @Test
  void onlyTheReasonFieldsAreRetired() {
    for (EventType type : EventType.values()) {
      assertThat(RetiredFields.of(type.currentSchema()).names())
          .as(type.simpleName())
          .isEqualTo(
              withRetiredReason("x").containsKey(type)
                  ? java.util.List.of("reason")
                  : java.util.List.of());
    }
  }

  @ParameterizedTest
  @EnumSource(
      value = EventType.class,
      names = {
        "PROGRAM_SCHEDULE_CHANGED",
        "PROGRAM_CANCELLED",
        "ENROLLMENT_WITHDRAWN",
        "ENROLLMENT_CANCELLED"
      })
  void versionOneBytesDecodeIntoTodaysClassWithAnUnspecifiedCode(EventType type) throws Exception {
    Schema v1 = SchemaHistory.bundled().versionsOf(type).get(0);
    byte[] oldBytes = versionOneBytes(type, v1);

    SpecificRecord decoded = codec.decode(oldBytes);

    assertThat(decoded).isInstanceOf(type.javaClass());
    Object code = decoded.get(decoded.getSchema().getField("reasonCode").pos());
    assertThat(code).hasToString("UNSPECIFIED");
    // The log is immutable: an old event keeps its text, but nothing new can be written there.
    assertThat(decoded.get(decoded.getSchema().getField("reason").pos())).hasToString(OLD_TEXT);
  }

  private static Map<EventType, SpecificRecord> withRetiredReason(String text) {
    ProgramScheduleChanged schedule =
        (ProgramScheduleChanged) SampleEvents.of(EventType.PROGRAM_SCHEDULE_CHANGED);
    schedule.setReason(text);
    ProgramCancelled cancelled = (ProgramCancelled) SampleEvents.of(EventType.PROGRAM_CANCELLED);
    cancelled.setReason(text);
    EnrollmentWithdrawn withdrawn =
        (EnrollmentWithdrawn) SampleEvents.of(EventType.ENROLLMENT_WITHDRAWN);
    withdrawn.setReason(text);
    EnrollmentCancelled enrolmentCancelled =
        (EnrollmentCancelled) SampleEvents.of(EventType.ENROLLMENT_CANCELLED);
    enrolmentCancelled.setReason(text);
    assertThat(schedule.getReasonCode()).isEqualTo(ScheduleChangeReason.VENUE_AVAILABILITY);
    assertThat(withdrawn.getReasonCode()).isEqualTo(WithdrawalReason.WORK_COMMITMENT);
    return Map.of(
        EventType.PROGRAM_SCHEDULE_CHANGED, schedule,
        EventType.PROGRAM_CANCELLED, cancelled,
        EventType.ENROLLMENT_WITHDRAWN, withdrawn,
        EventType.ENROLLMENT_CANCELLED, enrolmentCancelled);
  }

  private static byte[] versionOneBytes(EventType type, Schema v1) throws Exception {
    GenericData model = new GenericData();
    model.addLogicalTypeConversion(new Conversions.UUIDConversion());
    model.addLogicalTypeConversion(new TimeConversions.TimestampMillisConversion());
    model.addLogicalTypeConversion(new TimeConversions.DateConversion());
    GenericRecord metadata =
        new GenericRecordBuilder(v1.getField("metadata").schema())
            .set("eventId", UUID.randomUUID())
            .set("occurredAt", Instant.parse("2023-05-02T01:00:00Z"))
            .set("source", "program-service")
            .set("correlationId", "corr-old")
            .build();
    GenericRecordBuilder old =
        new GenericRecordBuilder(v1)
            .set("metadata", metadata)
            .set("programId", "prg-old")
            .set("reason", OLD_TEXT);
    switch (type) {
      case PROGRAM_SCHEDULE_CHANGED ->
          old.set("startDate", LocalDate.of(2023, 6, 1)).set("endDate", LocalDate.of(2023, 6, 9));
      case ENROLLMENT_WITHDRAWN, ENROLLMENT_CANCELLED ->
          old.set("enrollmentId", "enr-old")
              .set("participantId", "ptc-old")
              .set(
                  "previousStatus",
                  new GenericData.EnumSymbol(v1.getField("previousStatus").schema(), "CONFIRMED"));
      default -> {}
    }
    ByteBuffer buffer = new BinaryMessageEncoder<GenericRecord>(model, v1).encode(old.build());
    byte[] bytes = new byte[buffer.remaining()];
    buffer.get(bytes);
    return bytes;
  }
}
