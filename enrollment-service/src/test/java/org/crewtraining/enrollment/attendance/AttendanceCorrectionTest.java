package org.crewtraining.enrollment.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.crewtraining.enrollment.support.HttpApi;
import org.crewtraining.enrollment.support.HttpApi.Response;
import org.crewtraining.enrollment.support.PublishedEvents.Published;
import org.crewtraining.enrollment.support.SessionProgrammeTest;
import org.crewtraining.events.enrollments.AttendanceCorrected;
import org.crewtraining.events.enrollments.AttendanceCorrectionReason;
import org.crewtraining.events.enrollments.AttendanceStatus;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Corrections add to the history; after the close only a programme admin corrects. */
class AttendanceCorrectionTest extends SessionProgrammeTest {

  @Test
  void aRegistrarCorrectsWhileTheProgrammeRunsAndOnlyAProgrammeAdminAfterItsClose() {
    Programme p = programme(5, null, 120, 120);
    String ana = confirmedIn(p.programId());
    recordAttendance(p.programId(), p.session(0), List.of(entry(ana, "ABSENT")));
    recordAttendance(p.programId(), p.session(1), List.of(entry(ana, "PRESENT")));
    HttpApi registrar = api(TestUser.REGISTRAR);
    HttpApi admin = api(TestUser.ADMIN);

    Response excused =
        registrar.put(
            "/enrollments/" + ana + "/attendance/" + p.session(0),
            correction("EXCUSED", null, "DOCUMENTED_EXCUSE"));
    Response sameAgain =
        registrar.put(
            "/enrollments/" + ana + "/attendance/" + p.session(0),
            correction("EXCUSED", null, "OTHER"));
    close(p.programId());
    Response registrarAfterClose =
        registrar.put(
            "/enrollments/" + ana + "/attendance/" + p.session(1),
            correction("LATE", 20, "LATE_SIGN_IN"));
    Response viewer =
        api(TestUser.VIEWER)
            .put(
                "/enrollments/" + ana + "/attendance/" + p.session(1),
                correction("LATE", 20, "LATE_SIGN_IN"));
    Response adminAfterClose =
        admin.put(
            "/enrollments/" + ana + "/attendance/" + p.session(1),
            correction("LATE", 20, "LATE_SIGN_IN"));

    assertThat(excused.status()).as(excused.raw().body()).isEqualTo(200);
    JsonNode first = excused.body().get("sessions").get(0);
    assertThat(first.get("current").get("status").asString()).isEqualTo("EXCUSED");
    assertThat(first.get("history")).hasSize(2);
    assertThat(first.get("history").get(0).get("status").asString()).isEqualTo("ABSENT");
    assertThat(first.get("history").get(0).get("reasonCode").isNull()).isTrue();
    assertThat(first.get("history").get(1).get("reasonCode").asString())
        .isEqualTo("DOCUMENTED_EXCUSE");
    assertThat(first.get("history").get(1).get("recordedBy").asString()).isEqualTo("registrar");
    assertThat(sameAgain.status()).isEqualTo(200);
    assertThat(sameAgain.body().get("sessions").get(0).get("history")).hasSize(2);
    assertThat(registrarAfterClose.status()).isEqualTo(403);
    assertThat(registrarAfterClose.contentType()).startsWith("application/problem+json");
    assertThat(registrarAfterClose.text("code")).isEqualTo("correction-needs-program-admin");
    assertThat(viewer.status()).isEqualTo(403);
    assertThat(viewer.text("code")).isEqualTo("forbidden");
    assertThat(adminAfterClose.status()).as(adminAfterClose.raw().body()).isEqualTo(200);
    assertThat(
            adminAfterClose.body().get("sessions").get(1).get("current").get("lateMinutes").asInt())
        .isEqualTo(20);
    assertThat(count("SELECT count(*) FROM attendance_entry WHERE enrollment_id = ?", ana))
        .as("two records and two corrections, nothing rewritten")
        .isEqualTo(4);

    List<AttendanceCorrected> corrections =
        published.of(p.programId()).stream()
            .map(Published::event)
            .filter(AttendanceCorrected.class::isInstance)
            .map(AttendanceCorrected.class::cast)
            .toList();
    assertThat(corrections).hasSize(2);
    assertThat(corrections.get(0).getStatus()).isEqualTo(AttendanceStatus.EXCUSED);
    assertThat(corrections.get(0).getReasonCode())
        .isEqualTo(AttendanceCorrectionReason.DOCUMENTED_EXCUSE);
    assertThat(corrections.get(0).getMetadata().getActor()).isEqualTo("registrar");
    assertThat(corrections.get(1).getStatus()).isEqualTo(AttendanceStatus.LATE);
    assertThat(corrections.get(1).getLateMinutes()).isEqualTo(20);
    assertThat(corrections.get(1).getMetadata().getActor()).isEqualTo("admin");
  }

  @Test
  void aCorrectionNeedsAReasonCodeAndSomethingToCorrect() {
    Programme p = programme(5, null, 120, 120);
    String ana = confirmedIn(p.programId());
    recordAttendance(p.programId(), p.session(0), List.of(entry(ana, "ABSENT")));
    long outboxBefore =
        count("SELECT count(*) FROM outbox_event WHERE record_key = ?", p.programId());

    Response noReason =
        api.put(
            "/enrollments/" + ana + "/attendance/" + p.session(0),
            correction("PRESENT", null, null));
    Response unspecified =
        api.put(
            "/enrollments/" + ana + "/attendance/" + p.session(0),
            correction("PRESENT", null, "UNSPECIFIED"));
    Response lateWithoutMinutes =
        api.put(
            "/enrollments/" + ana + "/attendance/" + p.session(0),
            correction("LATE", null, "ENTRY_ERROR"));
    Response nothingRecorded =
        api.put(
            "/enrollments/" + ana + "/attendance/" + p.session(1),
            correction("PRESENT", null, "ENTRY_ERROR"));

    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.body().get("errors").findValuesAsString("field")).contains("reasonCode");
    assertThat(unspecified.status()).isEqualTo(400);
    assertThat(unspecified.body().get("errors").findValuesAsString("field")).contains("reasonCode");
    assertThat(lateWithoutMinutes.status()).isEqualTo(400);
    assertThat(lateWithoutMinutes.body().get("errors").findValuesAsString("field"))
        .contains("lateMinutes");
    assertThat(nothingRecorded.status()).isEqualTo(409);
    assertThat(nothingRecorded.text("code")).isEqualTo("attendance-not-recorded");
    assertThat(count("SELECT count(*) FROM attendance_entry WHERE enrollment_id = ?", ana))
        .isEqualTo(1);
    assertThat(count("SELECT count(*) FROM outbox_event WHERE record_key = ?", p.programId()))
        .isEqualTo(outboxBefore);
  }

  private static Map<String, Object> correction(String status, Integer late, String reason) {
    Map<String, Object> body = new HashMap<>();
    body.put("status", status);
    if (late != null) {
      body.put("lateMinutes", late);
    }
    if (reason != null) {
      body.put("reasonCode", reason);
    }
    return body;
  }
}
