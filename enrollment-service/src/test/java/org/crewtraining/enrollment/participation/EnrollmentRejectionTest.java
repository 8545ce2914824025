package org.crewtraining.enrollment.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.crewtraining.contracts.CloudEventHeaders;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.support.EnrollmentIntegrationTest;
import org.crewtraining.enrollment.support.HttpApi;
import org.crewtraining.enrollment.support.HttpApi.Response;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.api.Test;

/** Rejected requests answer problem+json and leave no enrollment and no event behind. */
class EnrollmentRejectionTest extends EnrollmentIntegrationTest {

  private static final String KEY = "Idempotency-Key";

  @Test
  void aDraftProgrammeIsNotOpen() {
    String programId = "prg-" + UUID.randomUUID();
    sendProgramEvent(created(programId, 5, Audience.OPEN));

    assertRejected(
        enrol(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER)),
        409,
        "program-not-open");
    assertNothingWritten(programId);
  }

  @Test
  void theAudienceMustAdmitTheParticipantType() {
    String workers = openProgramme(5, Audience.INDUSTRY_WORKER);
    String students = openProgramme(5, Audience.UNIVERSITY_STUDENT);
    String unknown = openProgramme(5, Audience.UNKNOWN);
    String student = registerParticipant(ParticipantType.UNIVERSITY_STUDENT);
    String worker = registerParticipant(ParticipantType.INDUSTRY_WORKER);

    assertRejected(enrol(workers, student), 409, "audience-not-admitted");
    assertRejected(enrol(students, worker), 409, "audience-not-admitted");
    assertRejected(enrol(unknown, worker), 409, "audience-not-admitted");
    assertRejected(enrol(unknown, student), 409, "audience-not-admitted");
    assertNothingWritten(workers);
    assertNothingWritten(students);
    assertNothingWritten(unknown);
    assertThat(enrol(students, student).status()).isEqualTo(201);
  }

  @Test
  void aParticipantEnrolsOnlyOnceWhileActive() {
    String programId = openProgramme(5, Audience.OPEN);
    String participant = registerParticipant(ParticipantType.INDUSTRY_WORKER);
    String first = enrol(programId, participant).text("enrollmentId");

    assertRejected(enrol(programId, participant), 409, "already-enrolled");
    api.post("/enrollments/" + first + "/withdrawal", "");
    assertThat(enrol(programId, participant).status())
        .as("re-enrolment after withdrawal")
        .isEqualTo(201);
    assertThat(published.of(programId)).hasSize(3);
  }

  @Test
  void unknownIdsAre404() {
    String programId = openProgramme(5, Audience.OPEN);
    String participant = registerParticipant(ParticipantType.INDUSTRY_WORKER);

    assertRejected(enrol("prg-missing", participant), 404, "not-found");
    assertRejected(enrol(programId, "ptc-missing"), 404, "not-found");
    assertRejected(api.get("/enrollments/enr-missing"), 404, "not-found");
    assertRejected(api.post("/enrollments/enr-missing/withdrawal", ""), 404, "not-found");
    assertRejected(
        api.post(
            "/enrollments/enr-missing/progress", Map.of("sessionsAttended", 1, "hoursAttended", 1)),
        404,
        "not-found");
    assertRejected(api.get("/programs/prg-missing/roster"), 404, "not-found");
    assertRejected(api.get("/programs/prg-missing/waitlist"), 404, "not-found");
    assertRejected(api.get("/programs/prg-missing"), 404, "not-found");
    assertNothingWritten(programId);
  }

  @Test
  void malformedEnrolRequestsAre400() {
    String programId = openProgramme(5, Audience.OPEN);

    assertRejected(
        api.post("/programs/" + programId + "/enrollments", Map.of()), 400, "invalid-request");
    assertRejected(
        api.post("/programs/" + programId + "/enrollments", Map.of("participantId", " ")),
        400,
        "invalid-request");
    assertRejected(
        api.post("/programs/" + programId + "/enrollments", "{\"participantId\":"),
        400,
        "malformed-json");
    assertNothingWritten(programId);
  }

  @Test
  void aWithdrawalWithTheRetiredFreeTextReasonOrABadCodeOrNoteIsRefusedAndChangesNothing() {
    String programId = openProgramme(5, Audience.OPEN);
    String enrollmentId =
        enrol(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER)).text("enrollmentId");
    Map<String, Map<String, Object>> refusedBodies =
        Map.of(
            "reason", Map.of("reason", "moved abroad, reach me on 010-9876-5432"),
            "reasonCode", Map.of("reasonCode", "MOVED_ABROAD"),
            "reasonCode ", Map.of("reasonCode", "UNSPECIFIED"),
            "note", Map.of("reasonCode", "PERSONAL", "note", "x".repeat(501)));

    refusedBodies.forEach(
        (field, body) -> {
          Response refused = api.post("/enrollments/" + enrollmentId + "/withdrawal", body);
          assertRejected(refused, 400, "invalid-request");
          assertThat(refused.body().get("errors").findValuesAsString("field"))
              .as(refused.raw().body())
              .contains(field.strip());
        });
    assertThat(api.get("/enrollments/" + enrollmentId).text("status")).isEqualTo("CONFIRMED");
    assertThat(published.of(programId)).hasSize(1);
  }

  @Test
  void anIdempotencyKeyEnrolsOnceAndReplaysTheAnswer() {
    String programId = openProgramme(5, Audience.OPEN);
    String participant = registerParticipant(ParticipantType.INDUSTRY_WORKER);
    String other = registerParticipant(ParticipantType.INDUSTRY_WORKER);

    Response first = enrol(programId, participant, "Idempotency-Key", "enrol-1");
    Response retry = enrol(programId, participant, "Idempotency-Key", "enrol-1");
    Response reused = enrol(programId, other, "Idempotency-Key", "enrol-1");

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.header("Idempotent-Replayed")).as("only a replay says so").isNull();
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.text("enrollmentId")).isEqualTo(first.text("enrollmentId"));
    assertRejected(reused, 422, "idempotency-key-reused");
    assertThat(count("SELECT count(*) FROM enrollment WHERE program_id = ?", programId))
        .isEqualTo(1);
    assertThat(published.of(programId)).hasSize(1);
  }

  @Test
  void anIdempotencyKeyBelongsToItsSenderAnotherUsersSameKeyRunsAfresh() {
    String programId = openProgramme(5, Audience.OPEN);
    String participant = registerParticipant(ParticipantType.INDUSTRY_WORKER);
    String other = registerParticipant(ParticipantType.INDUSTRY_WORKER);
    String key = "shared-" + UUID.randomUUID();
    HttpApi registrar = api(TestUser.REGISTRAR);
    HttpApi operator = api(TestUser.OPERATOR);
    String path = "/programs/" + programId + "/enrollments";

    Response first = registrar.post(path, Map.of("participantId", participant), KEY, key);
    Response sameRequestOtherUser =
        operator.post(path, Map.of("participantId", participant), KEY, key);
    Response otherRequestOtherUser = operator.post(path, Map.of("participantId", other), KEY, key);
    Response firstRetried = registrar.post(path, Map.of("participantId", participant), KEY, key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(sameRequestOtherUser.header("Idempotent-Replayed"))
        .as("never the first user's answer")
        .isNotEqualTo("true");
    assertRejected(sameRequestOtherUser, 409, "already-enrolled");
    assertThat(otherRequestOtherUser.status())
        .as("a new key for the second user, not a reuse of the first user's")
        .isEqualTo(201);
    assertThat(otherRequestOtherUser.header("Idempotent-Replayed")).isNull();
    assertThat(otherRequestOtherUser.text("enrollmentId")).isNotEqualTo(first.text("enrollmentId"));
    assertThat(firstRetried.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(firstRetried.text("enrollmentId")).isEqualTo(first.text("enrollmentId"));
    assertThat(count("SELECT count(*) FROM enrollment WHERE program_id = ?", programId))
        .isEqualTo(2);
    assertThat(published.of(programId)).hasSize(2);
  }

  @Test
  void anOverlongCorrelationIdIsRefusedNamingTheHeaderNeverShortenedOrReplaced() {
    String programId = openProgramme(5, Audience.OPEN);
    String participant = registerParticipant(ParticipantType.INDUSTRY_WORKER);
    String overlong = "c".repeat(201);

    Response enrol = enrol(programId, participant, "X-Correlation-Id", overlong);
    assertRejected(enrol, 400, "invalid-request");
    assertThat(enrol.body().get("errors").get(0).get("field").asString())
        .isEqualTo("X-Correlation-Id");
    assertNothingWritten(programId);

    String enrollmentId =
        enrol(programId, participant, "X-Correlation-Id", "c".repeat(200)).text("enrollmentId");
    Response withdraw =
        api.post("/enrollments/" + enrollmentId + "/withdrawal", "", "X-Correlation-Id", overlong);
    assertRejected(withdraw, 400, "invalid-request");
    assertThat(withdraw.body().get("errors").get(0).get("field").asString())
        .isEqualTo("X-Correlation-Id");
    assertThat(api.get("/enrollments/" + enrollmentId).text("status")).isEqualTo("CONFIRMED");
    assertThat(published.of(programId))
        .singleElement()
        .satisfies(
            e -> assertThat(e.header(CloudEventHeaders.CORRELATION_ID)).isEqualTo("c".repeat(200)));
  }

  private static void assertRejected(Response response, int status, String code) {
    assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.text("code")).isEqualTo(code);
  }

  private void assertNothingWritten(String programId) {
    assertThat(count("SELECT count(*) FROM enrollment WHERE program_id = ?", programId)).isZero();
    assertThat(count("SELECT count(*) FROM outbox_event WHERE record_key = ?", programId)).isZero();
  }
}
