package org.crewtraining.enrollment.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crewtraining.enrollment.support.EnrollmentIntegrationTest;
import org.crewtraining.enrollment.support.HttpApi.Response;
import org.junit.jupiter.api.Test;

class ConsentApiTest extends EnrollmentIntegrationTest {

  private static Map<String, Object> registration(List<?> consents) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "한소희");
    body.put("email", "sohee." + UUID.randomUUID() + "@example.kr");
    // Unique: NoPersonalDataInEventsTest looks for every stored organisation in every event, and
    // a partner name (KOCCA) rightly travels as a certificate issuer.
    body.put("organisation", "한국예술종합학교 " + UUID.randomUUID());
    body.put("participantType", "UNIVERSITY_STUDENT");
    body.put("craft", "EDITING");
    if (consents != null) {
      body.put("consents", consents);
    }
    return body;
  }

  private static Map<String, Object> consent(String purpose, String notice) {
    return Map.of("purpose", purpose, "noticeVersion", notice);
  }

  @Test
  void registrationRecordsEachPurposeWithItsNoticeVersionAndInstant() {
    Response created =
        api.post(
            "/participants",
            registration(
                List.of(
                    consent("TRAINING_ADMINISTRATION", "2026-01"),
                    Map.of(
                        "purpose",
                        "ALUMNI_NEWS",
                        "noticeVersion",
                        "2025-07",
                        "givenAt",
                        "2026-01-05T09:00:00Z"))));
    assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
    String id = created.text("participantId");

    Response consents = api.get("/participants/" + id + "/consents");

    assertThat(consents.status()).isEqualTo(200);
    assertThat(consents.body().get("current").valueStream().map(c -> c.get("purpose").asString()))
        .containsExactly("TRAINING_ADMINISTRATION", "ALUMNI_NEWS");
    var alumni = consents.body().get("current").get(1);
    assertThat(alumni.get("action").asString()).isEqualTo("GIVEN");
    assertThat(alumni.get("noticeVersion").asString()).isEqualTo("2025-07");
    assertThat(alumni.get("occurredAt").asString()).isEqualTo("2026-01-05T09:00:00Z");
    assertThat(alumni.get("recordedBy").asString()).isEqualTo("operator");
    assertThat(consents.body().get("current").get(0).get("occurredAt").isNull()).isFalse();
  }

  @Test
  void registrationWithoutTheRequiredConsentIsRefusedNamingTheFieldAndWritesNothing() {
    long participants = count("SELECT count(*) FROM participant");
    long entries = count("SELECT count(*) FROM consent_entry");
    for (List<?> consents :
        java.util.Arrays.asList(
            null,
            List.of(),
            List.of(consent("ALUMNI_NEWS", "2026-01")),
            List.of(consent("PARTNER_SHARING", "2026-01"), consent("ALUMNI_NEWS", "2026-01")))) {
      Response response = api.post("/participants", registration(consents));
      assertThat(response.status()).as(String.valueOf(consents)).isEqualTo(400);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.body().get("errors").get(0).get("field").asString())
          .isEqualTo("consents");
    }
    Response twice =
        api.post(
            "/participants",
            registration(
                List.of(
                    consent("TRAINING_ADMINISTRATION", "2026-01"),
                    consent("TRAINING_ADMINISTRATION", "2026-02"))));
    assertThat(twice.status()).isEqualTo(400);
    assertThat(twice.body().get("errors").get(0).get("field").asString())
        .isEqualTo("consents[1].purpose");
    Response unknownPurpose =
        api.post(
            "/participants",
            registration(
                List.of(
                    consent("TRAINING_ADMINISTRATION", "2026-01"), consent("MARKETING", "2026"))));
    assertThat(unknownPurpose.status()).isEqualTo(400);
    Response noNotice =
        api.post(
            "/participants", registration(List.of(Map.of("purpose", "TRAINING_ADMINISTRATION"))));
    assertThat(noNotice.status()).isEqualTo(400);
    assertThat(noNotice.body().get("errors").get(0).get("field").asString())
        .isEqualTo("consents[0].noticeVersion");
    Response future =
        api.post(
            "/participants",
            registration(
                List.of(
                    Map.of(
                        "purpose",
                        "TRAINING_ADMINISTRATION",
                        "noticeVersion",
                        "2026-01",
                        "givenAt",
                        "2099-01-01T00:00:00Z"))));
    assertThat(future.status()).isEqualTo(400);
    assertThat(future.body().get("errors").get(0).get("field").asString())
        .isEqualTo("consents[0].givenAt");

    assertThat(count("SELECT count(*) FROM participant")).isEqualTo(participants);
    assertThat(count("SELECT count(*) FROM consent_entry")).isEqualTo(entries);
  }

  @Test
  void anOptionalConsentIsWithdrawnAnyTimeKeepingItsHistory() {
    String id =
        api.post(
                "/participants",
                registration(
                    List.of(
                        consent("TRAINING_ADMINISTRATION", "2026-01"),
                        consent("PARTNER_SHARING", "2026-01"))))
            .text("participantId");

    Response withdrawn =
        api.post("/participants/" + id + "/consents/PARTNER_SHARING/withdrawal", Map.of());

    assertThat(withdrawn.status()).as(withdrawn.raw().body()).isEqualTo(200);
    assertThat(
            withdrawn
                .body()
                .get("history")
                .valueStream()
                .map(e -> e.get("purpose").asString() + ":" + e.get("action").asString()))
        .containsExactly(
            "TRAINING_ADMINISTRATION:GIVEN", "PARTNER_SHARING:GIVEN", "PARTNER_SHARING:WITHDRAWN");
    // again: unchanged, no new row
    long entries = count("SELECT count(*) FROM consent_entry WHERE participant_id = ?", id);
    assertThat(
            api.post("/participants/" + id + "/consents/PARTNER_SHARING/withdrawal", Map.of())
                .status())
        .isEqualTo(200);
    assertThat(count("SELECT count(*) FROM consent_entry WHERE participant_id = ?", id))
        .isEqualTo(entries);
    // given again later, under a newer notice
    Response again =
        api.post("/participants/" + id + "/consents", consent("PARTNER_SHARING", "2026-03"));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body().get("current").get(1).get("noticeVersion").asString())
        .isEqualTo("2026-03");
  }

  @Test
  void withdrawingAConsentNeverGivenOrTheRequiredOneIsAConflictAndWritesNothing() {
    String id =
        api.post("/participants", registration(List.of(consent("TRAINING_ADMINISTRATION", "1"))))
            .text("participantId");
    long entries = count("SELECT count(*) FROM consent_entry WHERE participant_id = ?", id);

    Response neverGiven =
        api.post("/participants/" + id + "/consents/ALUMNI_NEWS/withdrawal", Map.of());
    Response required =
        api.post("/participants/" + id + "/consents/TRAINING_ADMINISTRATION/withdrawal", Map.of());
    Response unknownPurpose =
        api.post("/participants/" + id + "/consents/MARKETING/withdrawal", Map.of());
    Response unknownParticipant =
        api.post("/participants/ptc-missing/consents/ALUMNI_NEWS/withdrawal", Map.of());

    assertThat(neverGiven.status()).isEqualTo(409);
    assertThat(neverGiven.contentType()).startsWith("application/problem+json");
    assertThat(neverGiven.text("code")).isEqualTo("consent-not-given");
    assertThat(required.status()).isEqualTo(409);
    assertThat(required.text("code")).isEqualTo("consent-required");
    assertThat(unknownPurpose.status()).isEqualTo(400);
    assertThat(unknownParticipant.status()).isEqualTo(404);
    assertThat(count("SELECT count(*) FROM consent_entry WHERE participant_id = ?", id))
        .isEqualTo(entries);
  }
}
