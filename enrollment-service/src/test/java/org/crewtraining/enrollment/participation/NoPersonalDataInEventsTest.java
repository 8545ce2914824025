package org.crewtraining.enrollment.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.crewtraining.contracts.CloudEventHeaders;
import org.crewtraining.contracts.EventCodec;
import org.crewtraining.contracts.EventJson;
import org.crewtraining.contracts.EventType;
import org.crewtraining.contracts.Events;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.support.EnrollmentIntegrationTest;
import org.crewtraining.enrollment.support.HttpApi.Response;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.ProgramCancellationReason;
import org.crewtraining.events.programs.ProgramCancelled;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.api.Test;

/**
 * Personal data stays in this service: after every kind of transition, no produced event — bytes,
 * headers or decoded fields — contains any participant's name, e-mail or organisation. Every record
 * also carries the programme as key and CloudEvents headers that mirror its payload.
 */
class NoPersonalDataInEventsTest extends EnrollmentIntegrationTest {

  private static final Set<String> REQUESTED =
      Set.of(
          "EnrollmentConfirmed",
          "EnrollmentWaitlisted",
          "EnrollmentWithdrawn",
          "ProgressRecorded",
          "CompletionRecorded");

  @Test
  void everyEventIsKeyedAndHeaderedByItsPayloadAndCarriesNoPersonalData() {
    String programId = openProgramme(1, Audience.OPEN);
    String a = enrolledId(programId, ParticipantType.INDUSTRY_WORKER);
    String b = enrolledId(programId, ParticipantType.UNIVERSITY_STUDENT);
    String c = enrolledId(programId, ParticipantType.INDUSTRY_WORKER);
    // The note may carry anything, the participant's own contact details too: it stays here.
    String email = participantEmail(c);
    Response withdrawal =
        api.post(
            "/enrollments/" + c + "/withdrawal",
            Map.of(
                "reasonCode",
                "PERSONAL",
                "note",
                "family matter; write to " + email + " or call ０１０-９８７６-５４３２"));
    assertThat(withdrawal.status()).as(withdrawal.raw().body()).isEqualTo(200);
    assertThat(api.get("/enrollments/" + c).body().get("withdrawal").get("note").asString())
        .contains(email);
    api.post("/enrollments/" + a + "/withdrawal", "");
    api.post("/enrollments/" + b + "/progress", Map.of("sessionsAttended", 2, "hoursAttended", 6));
    api.put(
        "/enrollments/" + b + "/completion",
        Map.of("outcome", "COMPLETED", "hoursCompleted", 40, "completionDate", "2024-07-29"));
    String other = openProgramme(1, Audience.OPEN);
    enrolledId(other, ParticipantType.INDUSTRY_WORKER);
    sendProgramEvent(
        ProgramCancelled.newBuilder()
            .setMetadata(programServiceMetadata())
            .setProgramId(other)
            .setReasonCode(ProgramCancellationReason.LOW_ENROLMENT)
            .build());

    List<String> personal =
        jdbc
            // erased participants (other test classes) hold none any more
            .sql("SELECT name, email, organisation FROM participant WHERE erased_at IS NULL")
            .query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3)))
            .list()
            .stream()
            .flatMap(List::stream)
            .toList();
    List<ConsumerRecord<String, byte[]>> records = published.all();
    EventCodec codec = EventCodec.standard();
    Set<String> types = new HashSet<>();

    assertThat(personal).isNotEmpty();
    for (ConsumerRecord<String, byte[]> record : records) {
      StringBuilder text = new StringBuilder(new String(record.value(), StandardCharsets.UTF_8));
      text.append(EventJson.toJson(codec.decode(record.value())));
      for (Header header : record.headers()) {
        text.append(new String(header.value(), StandardCharsets.UTF_8));
      }
      SpecificRecord event = codec.decode(record.value());
      EventMetadata metadata = Events.metadataOf(event);
      types.add(event.getSchema().getName());
      // Other test classes share the broker (and sign in as other users): only this test's
      // programmes are asked about their actor; every record is checked for personal data.
      boolean ours = record.key().equals(programId) || record.key().equals(other);
      if (ours && REQUESTED.contains(event.getSchema().getName())) {
        assertThat(metadata.getActor())
            .as("the actor of a request's event is the signed-in account")
            .isEqualTo(TestUser.OPERATOR.username());
      }
      assertThat(record.key()).isEqualTo(EventType.of(event).keyOf(event));
      assertThat(header(record, CloudEventHeaders.ID)).isEqualTo(metadata.getEventId().toString());
      assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo(event.getSchema().getFullName());
      assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("enrollment-service");
      assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo(record.key());
      assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
      assertThat(header(record, CloudEventHeaders.CORRELATION_ID))
          .isEqualTo(metadata.getCorrelationId());
      String all = text.toString().toLowerCase();
      for (String value : personal) {
        assertThat(all).doesNotContain(value.toLowerCase());
      }
      assertThat(all).doesNotContain("family matter").doesNotContain("９８７６");
    }
    assertThat(types)
        .contains(
            "EnrollmentConfirmed",
            "EnrollmentWaitlisted",
            "EnrollmentWithdrawn",
            "EnrollmentPromoted",
            "EnrollmentCancelled",
            "ProgressRecorded",
            "CompletionRecorded");
  }

  private String participantEmail(String enrollmentId) {
    return jdbc.sql(
            "SELECT p.email FROM participant p JOIN enrollment e USING (participant_id)"
                + " WHERE e.enrollment_id = ?")
        .param(enrollmentId)
        .query(String.class)
        .single();
  }

  private static String header(ConsumerRecord<String, byte[]> record, String name) {
    return CloudEventHeaders.read(record.headers(), name).orElse(null);
  }

  private String enrolledId(String programId, ParticipantType type) {
    return enrol(programId, registerParticipant(type)).text("enrollmentId");
  }
}
