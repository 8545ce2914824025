package org.crewtraining.enrollment.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.crewtraining.enrollment.support.EnrollmentIntegrationTest;
import org.crewtraining.enrollment.support.HttpApi.Response;
import org.junit.jupiter.api.Test;

class ParticipantApiTest extends EnrollmentIntegrationTest {

  private static Map<String, Object> registration(String email) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "박서준");
    body.put("email", email);
    body.put("organisation", "CJ ENM");
    body.put("participantType", "INDUSTRY_WORKER");
    body.put("craft", "SOUND");
    body.put("consents", REQUIRED_CONSENT);
    return body;
  }

  @Test
  void registersWithAPseudonymousIdAndReadsBack() {
    String email = "seojun." + UUID.randomUUID() + "@cjenm.example.com";
    Response created = api.post("/participants", registration(email));

    assertThat(created.status()).isEqualTo(201);
    String id = created.text("participantId");
    assertThat(id).startsWith("ptc-").doesNotContain("seojun").doesNotContain("cjenm");
    assertThat(created.header("Location")).isEqualTo("/participants/" + id);

    Response read = api.get("/participants/" + id);
    assertThat(read.status()).isEqualTo(200);
    assertThat(read.text("email")).isEqualTo(email);
    assertThat(read.text("participantType")).isEqualTo("INDUSTRY_WORKER");
    assertThat(read.text("craft")).isEqualTo("SOUND");
    assertThat(api.get("/participants/" + id + "/enrollments").body()).isEmpty();
  }

  @Test
  void theSameEmailInAnotherCaseIsAConflict() {
    String email = "Dup." + UUID.randomUUID() + "@Example.com";
    assertThat(api.post("/participants", registration(email)).status()).isEqualTo(201);
    long before = count("SELECT count(*) FROM participant");

    Response duplicate = api.post("/participants", registration(email.toUpperCase()));

    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.contentType()).startsWith("application/problem+json");
    assertThat(duplicate.text("code")).isEqualTo("email-already-registered");
    assertThat(count("SELECT count(*) FROM participant")).isEqualTo(before);
  }

  @Test
  void aDuplicateRegistrationPointsToTheParticipantWhoHoldsTheAddress() {
    String email = "returning." + UUID.randomUUID() + "@kofic.example.org";
    String existing = api.post("/participants", registration(email)).text("participantId");

    Response duplicate = api.post("/participants", registration(email.toUpperCase()));

    assertThat(duplicate.status()).isEqualTo(409);
    assertThat(duplicate.text("participantId")).isEqualTo(existing);
    assertThat(duplicate.text("participant")).isEqualTo("/participants/" + existing);
  }

  @Test
  void aRegistrarFindsAReturningParticipantByEmailOrNameInAnyLetterCase() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    String email = "Min-Ji.Lee." + tag + "@Studio-Dragon.example.com";
    Map<String, Object> first = registration(email);
    first.put("name", "Lee Min-ji " + tag);
    String minJi = api.post("/participants", first).text("participantId");
    Map<String, Object> namesake = registration("other." + tag + "@example.com");
    namesake.put("name", "LEE MIN-JI " + tag);
    String other = api.post("/participants", namesake).text("participantId");
    api.post("/participants", registration("someone.else." + tag + "@example.com"));

    Response byEmail =
        api.post("/participants/search", Map.of("email", "  " + email.toLowerCase() + " "));
    assertThat(byEmail.status()).isEqualTo(200);
    assertThat(byEmail.body().valueStream().map(p -> p.get("participantId").asString()))
        .containsExactly(minJi);
    assertThat(byEmail.body().get(0).get("email").asString()).isEqualTo(email);

    Response byName = api.post("/participants/search", Map.of("name", "lee min-ji " + tag));
    assertThat(byName.body().valueStream().map(p -> p.get("participantId").asString()))
        .containsExactly(minJi, other);

    // exact, not a prefix or a pattern
    assertThat(api.post("/participants/search", Map.of("name", "Lee Min")).body()).isEmpty();
    assertThat(api.post("/participants/search", Map.of("email", "%" + tag + "%")).body()).isEmpty();
  }

  @Test
  void aSearchNamesExactlyOneOfEmailAndName() {
    for (Map<String, Object> body :
        java.util.List.<Map<String, Object>>of(
            Map.of(),
            Map.of("email", " "),
            Map.of("email", "a@example.com", "name", "Kim"),
            Map.of("name", "x".repeat(201)),
            Map.of("email", "x".repeat(255)),
            Map.of("phone", "010-1234-5678"))) {
      Response response = api.post("/participants/search", body);
      assertThat(response.status()).as(body.toString()).isEqualTo(400);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.raw().body()).containsAnyOf("\"email\"", "\"name\"", "phone");
    }
  }

  @Test
  void invalidRegistrationsNameTheFieldAndWriteNothing() {
    long before = count("SELECT count(*) FROM participant");
    Map<String, Object> badEmail = registration("not-an-email");
    Map<String, Object> noDomainDot = registration("someone@localhost");
    Map<String, Object> badType = registration("ok." + UUID.randomUUID() + "@example.com");
    badType.put("participantType", "ACTOR");
    Map<String, Object> missingName = registration("ok." + UUID.randomUUID() + "@example.com");
    missingName.remove("name");
    Map<String, Object> typeByIndex = registration("ok." + UUID.randomUUID() + "@example.com");
    typeByIndex.put("participantType", 0);

    for (Map<String, Object> body :
        java.util.List.of(badEmail, noDomainDot, badType, missingName, typeByIndex)) {
      Response response = api.post("/participants", body);
      assertThat(response.status()).as(body.toString()).isEqualTo(400);
      assertThat(response.contentType()).startsWith("application/problem+json");
      assertThat(response.body().has("errors")).as(response.raw().body()).isTrue();
      assertThat(response.body().get("errors").get(0).get("field").asString())
          .isIn("email", "participantType", "name");
    }
    assertThat(api.post("/participants", "{not json").status()).isEqualTo(400);
    Response loneSurrogate =
        api.post(
            "/participants",
            tools.jackson.databind.json.JsonMapper.builder()
                .build()
                .writeValueAsString(registration("ok." + UUID.randomUUID() + "@example.com"))
                .replace("박서준", "Park\\ud800"));
    assertThat(loneSurrogate.status()).as(loneSurrogate.raw().body()).isEqualTo(400);
    assertThat(loneSurrogate.body().get("errors").get(0).get("field").asString()).isEqualTo("name");
    assertThat(count("SELECT count(*) FROM participant")).isEqualTo(before);
  }

  @Test
  void unknownParticipantIs404() {
    Response missing = api.get("/participants/ptc-missing");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("application/problem+json");
    assertThat(api.get("/participants/ptc-missing/enrollments").status()).isEqualTo(404);
  }
}
