package org.crewtraining.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

/** Valid set-up requests: the targets the hostile requests are aimed at. */
final class Fixtures {

  static final String JSON = "application/json";

  private final Services services;

  Fixtures(Services services) {
    this.services = services;
  }

  /** A DRAFT programme open to everyone that started a month ago and has plenty of seats. */
  String draftProgramme() {
    LocalDate start = LocalDate.now().minusDays(30);
    String body =
        "{\"title\":\"Hostile target\",\"partners\":[\"KOCCA\"],\"format\":\"SEMINAR\","
            + "\"track\":\"SOUND\",\"audience\":\"OPEN\",\"capacity\":10000,"
            + "\"startDate\":\""
            + start
            + "\",\"endDate\":\""
            + start.plusDays(60)
            + "\",\"deliveryMode\":\"ONLINE\",\"cohortYear\":"
            + start.getYear()
            + "}";
    Services.Response created =
        services.send("POST", services.programUrl + "/programs", body, JSON);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.text("programId");
  }

  /** A published programme that enrollment-service already knows as published. */
  String publishedProgramme() {
    String programId = draftProgramme();
    Services.Response published =
        services.send(
            "POST", services.programUrl + "/programs/" + programId + "/publish", "", JSON);
    assertThat(published.status()).as(published.body()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                Services.count(
                        services.enrollmentDb,
                        "SELECT count(*) FROM program_view WHERE status = 'PUBLISHED'"
                            + " AND program_id = '"
                            + programId
                            + "'")
                    == 1);
    return programId;
  }

  String participant() {
    return participant("Kim Hostile", "hostile." + UUID.randomUUID() + "@example.org");
  }

  String participant(String name, String email) {
    Services.Response created = register(name, email);
    assertThat(created.status()).as(created.body()).isEqualTo(201);
    return created.text("participantId");
  }

  Services.Response register(String name, String email) {
    String body =
        "{\"name\":"
            + JsonText.quote(name)
            + ",\"email\":"
            + JsonText.quote(email)
            + ",\"organisation\":\"Studio\","
            + "\"participantType\":\"INDUSTRY_WORKER\",\"craft\":\"SOUND\"}";
    return services.send("POST", services.enrollmentUrl + "/participants", body, JSON);
  }

  /** A CONFIRMED enrollment of a new participant in {@code programId}. */
  String confirmedEnrollment(String programId) {
    return confirmedEnrollment(programId, participant());
  }

  /** A CONFIRMED enrollment of {@code participantId} in {@code programId}. */
  String confirmedEnrollment(String programId, String participantId) {
    Services.Response enrolled =
        services.send(
            "POST",
            services.enrollmentUrl + "/programs/" + programId + "/enrollments",
            "{\"participantId\":\"" + participantId + "\"}",
            JSON);
    assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
    assertThat(enrolled.text("status")).isEqualTo("CONFIRMED");
    return enrolled.text("enrollmentId");
  }
}
