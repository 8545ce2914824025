package org.crewtraining.enrollment.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.support.EnrollmentIntegrationTest;
import org.crewtraining.enrollment.support.HttpApi.Response;
import org.crewtraining.enrollment.support.PublishedEvents.Published;
import org.crewtraining.events.enrollments.CertificateIssued;
import org.crewtraining.events.enrollments.CompletionOutcome;
import org.crewtraining.events.enrollments.CompletionRecorded;
import org.crewtraining.events.enrollments.ProgressRecorded;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.ProgramClosed;
import org.junit.jupiter.api.Test;

/**
 * The sample programme starts 2024-07-01 (SampleEvents), so completion dates after it are valid.
 */
class ProgressAndCompletionTest extends EnrollmentIntegrationTest {

  private static final LocalDate COMPLETED_ON = LocalDate.of(2024, 7, 29);

  private static Map<String, Object> completion(String outcome, double hours, Object date) {
    Map<String, Object> body = new HashMap<>();
    body.put("outcome", outcome);
    body.put("hoursCompleted", hours);
    body.put("completionDate", date.toString());
    body.put("certificateId", "CERT-2024-0042");
    return body;
  }

  @Test
  void progressAndCompletionOfAConfirmedEnrollmentArePublished() {
    String programId = openProgramme(1, Audience.INDUSTRY_WORKER);
    String confirmed = enrolledId(programId);

    Response progress =
        api.post(
            "/enrollments/" + confirmed + "/progress",
            Map.of("sessionsAttended", 4, "hoursAttended", 12.5));
    Response done =
        api.put(
            "/enrollments/" + confirmed + "/completion",
            completion("COMPLETED", 40.0, COMPLETED_ON));
    Response identical =
        api.put(
            "/enrollments/" + confirmed + "/completion",
            completion("COMPLETED", 40.0, COMPLETED_ON));
    Response different =
        api.put(
            "/enrollments/" + confirmed + "/completion",
            completion("NOT_COMPLETED", 10.0, COMPLETED_ON));
    Response progressAfter =
        api.post(
            "/enrollments/" + confirmed + "/progress",
            Map.of("sessionsAttended", 5, "hoursAttended", 15));

    assertThat(progress.status()).isEqualTo(200);
    assertThat(progress.body().get("sessionsAttended").asInt()).isEqualTo(4);
    assertThat(done.status()).isEqualTo(200);
    assertThat(done.text("outcome")).isEqualTo("COMPLETED");
    assertThat(identical.status()).isEqualTo(200);
    assertThat(identical.body()).isEqualTo(done.body());
    assertThat(different.status()).isEqualTo(409);
    assertThat(different.text("code")).isEqualTo("completion-already-recorded");
    assertThat(progressAfter.status()).isEqualTo(409);

    List<SpecificRecord> events = published.of(programId).stream().map(Published::event).toList();
    // The completion issued a certificate (certificate/CertificateLifecycleTest).
    assertThat(events).hasSize(4);
    assertThat(events.get(3)).isInstanceOf(CertificateIssued.class);
    ProgressRecorded p = (ProgressRecorded) events.get(1);
    assertThat(p.getSessionsAttended()).isEqualTo(4);
    assertThat(p.getHoursAttended()).isEqualTo(12.5);
    CompletionRecorded c = (CompletionRecorded) events.get(2);
    assertThat(c.getOutcome()).isEqualTo(CompletionOutcome.COMPLETED);
    assertThat(c.getHoursCompleted()).isEqualTo(40.0);
    assertThat(c.getCompletionDate()).isEqualTo(COMPLETED_ON);
    assertThat(c.getCertificateId()).isEqualTo("CERT-2024-0042");
  }

  @Test
  void onlyConfirmedEnrollmentsRecordProgressOrCompletion() {
    String programId = openProgramme(1, Audience.INDUSTRY_WORKER);
    enrolledId(programId);
    String waitlisted = enrolledId(programId);

    Response progress =
        api.post(
            "/enrollments/" + waitlisted + "/progress",
            Map.of("sessionsAttended", 1, "hoursAttended", 2));
    Response done =
        api.put(
            "/enrollments/" + waitlisted + "/completion",
            completion("COMPLETED", 40.0, COMPLETED_ON));

    assertThat(progress.status()).isEqualTo(409);
    assertThat(progress.text("code")).isEqualTo("enrollment-not-confirmed");
    assertThat(done.status()).isEqualTo(409);
    assertThat(published.of(programId)).hasSize(2);
  }

  @Test
  void badProgressOrCompletionIsRejectedWithNothingWrittenAndNoEvent() {
    String programId = openProgramme(1, Audience.INDUSTRY_WORKER);
    String id = enrolledId(programId);
    String path = "/enrollments/" + id;

    List<Response> rejected =
        List.of(
            api.post(path + "/progress", Map.of("sessionsAttended", -1, "hoursAttended", 1)),
            api.post(path + "/progress", Map.of("sessionsAttended", 1, "hoursAttended", -0.5)),
            api.post(path + "/progress", Map.of("sessionsAttended", 1, "hoursAttended", 2000.5)),
            api.post(path + "/progress", Map.of("hoursAttended", 1)),
            api.put(path + "/completion", completion("COMPLETED", 2001, COMPLETED_ON)),
            api.put(path + "/completion", completion("PASSED", 20, COMPLETED_ON)),
            api.put(path + "/completion", completion("COMPLETED", 20, "2024-13-01")),
            api.put(path + "/completion", completion("COMPLETED", 20, LocalDate.now().plusDays(2))),
            api.put(path + "/completion", completion("COMPLETED", 20, "2024-06-30")));

    assertThat(rejected)
        .allSatisfy(
            r -> {
              assertThat(r.status()).as(r.raw().body()).isEqualTo(400);
              assertThat(r.contentType()).startsWith("application/problem+json");
              assertThat(r.body().has("errors")).as(r.raw().body()).isTrue();
            });
    assertThat(rejected.get(8).body().get("errors").get(0).get("field").asString())
        .isEqualTo("completionDate");
    Response stored = api.get(path);
    assertThat(stored.body().get("sessionsAttended").asInt()).isZero();
    assertThat(stored.body().get("outcome").isNull()).isTrue();
    assertThat(published.of(programId)).hasSize(1);
  }

  @Test
  void valuesOfTheWrongShapeAreRefusedNotCoerced() {
    String programId = openProgramme(1, Audience.INDUSTRY_WORKER);
    String id = enrolledId(programId);
    String path = "/enrollments/" + id;
    Map<String, Object> outcomeByIndex = completion("COMPLETED", 20, COMPLETED_ON);
    outcomeByIndex.put("outcome", 0);
    Map<String, Object> hoursAsText = completion("COMPLETED", 20, COMPLETED_ON);
    hoursAsText.put("hoursCompleted", "20");
    Map<String, Object> extraField = completion("COMPLETED", 20, COMPLETED_ON);
    extraField.put("grade", "A");

    Map<String, Response> rejected = new java.util.LinkedHashMap<>();
    rejected.put("outcome", api.put(path + "/completion", outcomeByIndex));
    rejected.put(
        "outcome ", api.put(path + "/completion", completion(" COMPLETED", 20, COMPLETED_ON)));
    rejected.put("hoursCompleted", api.put(path + "/completion", hoursAsText));
    rejected.put("grade", api.put(path + "/completion", extraField));
    rejected.put(
        "sessionsAttended",
        api.post(path + "/progress", Map.of("sessionsAttended", 4.5, "hoursAttended", 1)));
    rejected.put(
        "sessionsAttended ",
        api.post(path + "/progress", Map.of("sessionsAttended", "4", "hoursAttended", 1)));
    rejected.put(
        "hoursAttended",
        api.post(path + "/progress", Map.of("sessionsAttended", 4, "hoursAttended", "NaN")));

    rejected.forEach(
        (field, r) -> {
          assertThat(r.status()).as(r.raw().body()).isEqualTo(400);
          assertThat(r.contentType()).startsWith("application/problem+json");
          assertThat(r.body().get("errors").get(0).get("field").asString())
              .as(r.raw().body())
              .isEqualTo(field.strip());
        });
    Response stored = api.get(path);
    assertThat(stored.body().get("sessionsAttended").asInt()).isZero();
    assertThat(stored.body().get("outcome").isNull()).isTrue();
    assertThat(published.of(programId)).hasSize(1);
  }

  @Test
  void aClosedProgrammeRefusesEnrolmentAndWithdrawalButStillRecordsCompletion() {
    String programId = openProgramme(2, Audience.INDUSTRY_WORKER);
    String id = enrolledId(programId);

    sendProgramEvent(new ProgramClosed(programServiceMetadata(), programId));

    Response enrolment = enrol(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER));
    Response withdrawal = api.post("/enrollments/" + id + "/withdrawal", "");
    Response done =
        api.put("/enrollments/" + id + "/completion", completion("COMPLETED", 38, COMPLETED_ON));

    assertThat(enrolment.status()).isEqualTo(409);
    assertThat(enrolment.text("code")).isEqualTo("program-not-open");
    assertThat(withdrawal.status()).isEqualTo(409);
    assertThat(withdrawal.text("code")).isEqualTo("program-closed");
    assertThat(done.status()).isEqualTo(200);
    assertThat(published.of(programId))
        .extracting(e -> e.event().getClass().getSimpleName())
        .containsExactly("EnrollmentConfirmed", "CompletionRecorded", "CertificateIssued");
  }

  private String enrolledId(String programId) {
    Response response = enrol(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER));
    assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
    return response.text("enrollmentId");
  }
}
