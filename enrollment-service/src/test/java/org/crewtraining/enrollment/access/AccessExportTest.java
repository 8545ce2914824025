package org.crewtraining.enrollment.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crewtraining.enrollment.support.EnrollmentIntegrationTest;
import org.crewtraining.enrollment.support.HttpApi.Response;
import org.crewtraining.events.programs.Audience;
import org.junit.jupiter.api.Test;

class AccessExportTest extends EnrollmentIntegrationTest {

  @Test
  void aRegistrarExportsEverythingHeldAboutAParticipantAsJsonAndCsv() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    Map<String, Object> body = new HashMap<>();
    body.put("name", "Access Choi " + tag);
    body.put("email", "choi." + tag + "@example.kr");
    body.put("organisation", "=HYPERLINK(\"http://evil.example\")");
    body.put("participantType", "INDUSTRY_WORKER");
    body.put("craft", "SOUND");
    body.put(
        "consents",
        List.of(
            Map.of("purpose", "TRAINING_ADMINISTRATION", "noticeVersion", "2026-01"),
            Map.of("purpose", "PARTNER_SHARING", "noticeVersion", "2026-01")));
    String id = api.post("/participants", body).text("participantId");
    String programId = openProgramme(3, Audience.OPEN);
    String enrollmentId = enrol(programId, id).text("enrollmentId");
    api.post(
        "/enrollments/" + enrollmentId + "/withdrawal",
        Map.of("reasonCode", "PERSONAL", "note", "Family matters, \"see\" e-mail"));

    Response json = api.get("/participants/" + id + "/export");

    assertThat(json.status()).isEqualTo(200);
    assertThat(json.header("Cache-Control")).isEqualTo("no-store");
    assertThat(json.body().get("participant").get("email").asString())
        .isEqualTo("choi." + tag + "@example.kr");
    assertThat(json.body().get("consents").get("history")).hasSize(2);
    var enrollment = json.body().get("enrollments").get(0);
    assertThat(enrollment.get("enrollment_id").asString()).isEqualTo(enrollmentId);
    assertThat(enrollment.get("status").asString()).isEqualTo("WITHDRAWN");
    assertThat(enrollment.get("withdrawal_note").asString()).startsWith("Family matters");
    assertThat(enrollment.get("program_id").asString()).isEqualTo(programId);

    Response csv = api.get("/participants/" + id + "/export", "Accept", "text/csv");

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.header("Content-Disposition")).contains(id + ".csv");
    String text = csv.raw().body();
    assertThat(text).startsWith("section,item,field,value\r\n");
    assertThat(text)
        .contains("\"participant\",\"" + id + "\",\"email\",\"choi." + tag + "@example.kr\"")
        .contains("\"participant\",\"" + id + "\",\"organisation\",\"'=HYPERLINK(\"\"http")
        .contains("\"consent\",\"2\",\"purpose\",\"PARTNER_SHARING\"")
        .contains(
            "\"enrollment\",\""
                + enrollmentId
                + "\",\"withdrawal_note\",\"Family matters, \"\"see\"\" e-mail\"");

    assertThat(api.get("/participants/ptc-missing/export").status()).isEqualTo(404);
  }
}
