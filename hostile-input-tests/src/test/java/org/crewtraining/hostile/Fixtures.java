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
    return draftProgramme(LocalDate.now().minusDays(30), 10000);
  }

  /** A DRAFT seminar open to everyone, running 60 days from {@code start}. */
  String draftProgramme(LocalDate start, int capacity) {
    String body =
        "{\"title\":\"Hostile target\",\"partners\":[\"KOCCA\"],\"format\":\"SEMINAR\","
            + "\"track\":\"SOUND\",\"audience\":\"OPEN\",\"capacity\":"
            + capacity
            + ",\"startDate\":\""
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

  /**
   * A programme that selects by application, starting in two months, whose application window is
   * open for a month from an hour ago, asking MOTIVATION and PORTFOLIO_LINK; enrollment-service
   * already knows its admission.
   */
  String programmeByApplication() {
    return programmeByApplication(
        java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(9))
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
            .plusDays(30));
  }

  /** The same, with applications closing at {@code closes}. */
  String programmeByApplication(java.time.OffsetDateTime closes) {
    String programId = draftProgramme(LocalDate.now().plusDays(60), 30);
    String admission =
        "{\"mode\":\"APPLICATION\",\"applicationsOpenAt\":\""
            + closes.minusDays(31)
            + "\",\"applicationsCloseAt\":\""
            + closes
            + "\",\"questions\":[\"MOTIVATION\",\"PORTFOLIO_LINK\"],"
            + "\"quotas\":[{\"participantType\":\"UNIVERSITY_STUDENT\",\"minSeats\":5,"
            + "\"maxSeats\":15}],\"offerValidityHours\":72}";
    Services.Response set =
        services.send(
            "PUT", services.programUrl + "/programs/" + programId + "/admission", admission, JSON);
    assertThat(set.status()).as(set.body()).isEqualTo(200);
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
                        "SELECT count(*) FROM program_admission WHERE program_id = '"
                            + programId
                            + "'")
                    == 1);
    return programId;
  }

  /** An application that was offered a seat, and the code that answers the offer. */
  record Offer(String applicationId, String code) {}

  /**
   * A seat offered through the whole flow: a programme whose applications close in a few seconds,
   * one application shortlisted, the window waited out, a selection proposed and confirmed.
   */
  Offer offeredSeat() {
    java.time.OffsetDateTime closes =
        java.time.OffsetDateTime.now(java.time.ZoneOffset.ofHours(9))
            .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
            .plusSeconds(10);
    String programId = programmeByApplication(closes);
    String applicationId = apply(programId, participant()).text("applicationId");
    String base = services.enrollmentUrl + "/applications/" + applicationId;
    Services.Response reviewed =
        services.send("PUT", base + "/review", "{\"decision\":\"SHORTLISTED\",\"score\":70}", JSON);
    assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(200);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> java.time.OffsetDateTime.now().isAfter(closes));
    String runs = services.enrollmentUrl + "/programs/" + programId + "/selection-runs";
    Services.Response proposed = services.send("POST", runs, "", JSON);
    assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
    Services.Response confirmed =
        services.send(
            "POST", runs + "/" + proposed.text("selectionId") + "/confirmation", "", JSON);
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    String code =
        Services.text(
            services.enrollmentDb,
            "SELECT offer_code FROM application WHERE application_id = '" + applicationId + "'");
    return new Offer(applicationId, code);
  }

  /** A valid application of {@code participantId} to {@code programId}: 201 or a failed test. */
  Services.Response apply(String programId, String participantId) {
    Services.Response applied =
        services.send(
            "POST",
            services.enrollmentUrl + "/programs/" + programId + "/applications",
            "{\"participantId\":\""
                + participantId
                + "\",\"answers\":{\"MOTIVATION\":\"Grading for series.\","
                + "\"PORTFOLIO_LINK\":\"https://portfolio.example.org/p\"}}",
            JSON);
    assertThat(applied.status()).as(applied.body()).isEqualTo(201);
    return applied;
  }

  /** The consent every registration needs (issue 20), as a JSON member. */
  static final String CONSENTS =
      "\"consents\":[{\"purpose\":\"TRAINING_ADMINISTRATION\",\"noticeVersion\":\"2026-01\"}]";

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
            + "\"participantType\":\"INDUSTRY_WORKER\",\"craft\":\"SOUND\","
            + CONSENTS
            + "}";
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
