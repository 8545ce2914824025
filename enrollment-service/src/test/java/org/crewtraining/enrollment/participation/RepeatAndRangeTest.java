package org.crewtraining.enrollment.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.support.EnrollmentIntegrationTest;
import org.crewtraining.enrollment.support.HttpApi.Response;
import org.crewtraining.enrollment.support.PublishedEvents.Published;
import org.crewtraining.events.programs.Audience;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Recording the same progress or completion again changes nothing (no write, no outbox row, no
 * event); a completion date outside the API's date range and NUL in a query are 400s naming the
 * field, with nothing written.
 */
class RepeatAndRangeTest extends EnrollmentIntegrationTest {

  @Test
  void theSameProgressOrCompletionAgainIsANoOp() {
    String programId = openProgramme(1, Audience.INDUSTRY_WORKER);
    String enrollmentId = enrolledId(programId);
    Map<String, Object> progress = Map.of("sessionsAttended", 4, "hoursAttended", 12.5);
    Map<String, Object> completion =
        Map.of(
            "outcome", "COMPLETED",
            "hoursCompleted", 40.0,
            "completionDate", "2024-07-29",
            "certificateId", "CERT-2024-0042");

    Response first = api.post("/enrollments/" + enrollmentId + "/progress", progress);
    String updatedAt = updatedAt(enrollmentId);
    Response again = api.post("/enrollments/" + enrollmentId + "/progress", progress);
    Response sameFigures =
        api.post(
            "/enrollments/" + enrollmentId + "/progress",
            Map.of("sessionsAttended", 4, "hoursAttended", 12.50));
    assertThat(updatedAt(enrollmentId)).isEqualTo(updatedAt);
    Response more =
        api.post(
            "/enrollments/" + enrollmentId + "/progress",
            Map.of("sessionsAttended", 5, "hoursAttended", 12.5));
    Response done = api.put("/enrollments/" + enrollmentId + "/completion", completion);
    String completedAt = updatedAt(enrollmentId);
    Response doneAgain = api.put("/enrollments/" + enrollmentId + "/completion", completion);

    for (Response r : List.of(first, again, sameFigures, more, done, doneAgain)) {
      assertThat(r.status()).as(r.raw().body()).isEqualTo(200);
    }
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(doneAgain.body()).isEqualTo(done.body());
    assertThat(updatedAt(enrollmentId)).isEqualTo(completedAt);
    // Confirmed, progress 4, progress 5, completion and its certificate: nothing for the repeats.
    assertThat(count("SELECT count(*) FROM outbox_event WHERE record_key = ?", programId))
        .isEqualTo(5);
    List<String> types =
        published.of(programId).stream()
            .map(Published::event)
            .map(e -> e.getClass().getSimpleName())
            .toList();
    assertThat(types)
        .containsExactly(
            "EnrollmentConfirmed",
            "ProgressRecorded",
            "ProgressRecorded",
            "CompletionRecorded",
            "CertificateIssued");
  }

  @ParameterizedTest
  @ValueSource(strings = {"-5000-01-01", "+999999999-12-31", "+5874898-01-01", "1899-12-31"})
  void aCompletionDateOutOfRangeIsA400AndWritesNothing(String date) {
    String programId = openProgramme(1, Audience.INDUSTRY_WORKER);
    String enrollmentId = enrolledId(programId);
    long outbox = count("SELECT count(*) FROM outbox_event WHERE record_key = ?", programId);

    Response response =
        api.put(
            "/enrollments/" + enrollmentId + "/completion",
            Map.of("outcome", "COMPLETED", "hoursCompleted", 40.0, "completionDate", date));

    assertProblem(response, "completionDate", "must be a date from 1900-01-01 to 2100-12-31");
    assertThat(
            count(
                "SELECT count(*) FROM enrollment WHERE enrollment_id = ? AND outcome IS NULL",
                enrollmentId))
        .isEqualTo(1);
    assertThat(count("SELECT count(*) FROM outbox_event WHERE record_key = ?", programId))
        .isEqualTo(outbox);
  }

  @Test
  void nulInAQueryParameterIsA400NamingItAndWritesNothing() {
    String programId = openProgramme(1, Audience.INDUSTRY_WORKER);
    String participantId = registerParticipant(ParticipantType.INDUSTRY_WORKER);

    Response read = api.get("/programs/" + programId + "/roster?x=%00");
    Response write = enrolWithQuery(programId, participantId);

    assertProblem(read, "x", "must not contain NUL characters");
    assertProblem(write, "note", "must not contain NUL characters");
    assertThat(count("SELECT count(*) FROM enrollment WHERE program_id = ?", programId)).isZero();
    assertThat(count("SELECT count(*) FROM outbox_event WHERE record_key = ?", programId)).isZero();
  }

  private Response enrolWithQuery(String programId, String participantId) {
    return api.post(
        "/programs/" + programId + "/enrollments?note=a%00b",
        Map.of("participantId", participantId));
  }

  private static void assertProblem(Response response, String field, String message) {
    assertThat(response.status()).as(response.raw().body()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    List<String> errors = new ArrayList<>();
    for (JsonNode e : response.body().get("errors")) {
      errors.add(e.get("field").asString() + ": " + e.get("message").asString());
    }
    assertThat(errors).contains(field + ": " + message);
  }

  private String updatedAt(String enrollmentId) {
    return jdbc.sql("SELECT updated_at::text FROM enrollment WHERE enrollment_id = ?")
        .param(enrollmentId)
        .query(String.class)
        .single();
  }

  private String enrolledId(String programId) {
    Response response = enrol(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER));
    assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
    return response.text("enrollmentId");
  }
}
