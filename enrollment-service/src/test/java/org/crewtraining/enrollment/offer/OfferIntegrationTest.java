package org.crewtraining.enrollment.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.support.EnrollmentIntegrationTest;
import org.crewtraining.enrollment.support.HttpApi;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.Admission;
import org.crewtraining.events.programs.ApplicationQuestion;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.SeatQuota;
import org.crewtraining.support.testing.SpanCollector;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The shared integration set-up with a clock the tests move forward, and the expiry job running
 * every 200 ms. Applications are inserted as rows (their own API is another feature's), shortlisted
 * with a score, for real participants registered through the API.
 */
@Import({SpanCollector.class, ShiftedClock.Config.class})
@TestPropertySource(properties = "crew.enrollment.offers.expiry-interval=PT0.2S")
abstract class OfferIntegrationTest extends EnrollmentIntegrationTest {

  static final int VALIDITY_HOURS = 72;

  @Autowired ShiftedClock clock;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  /** A programme that selects by application, its window closed yesterday. */
  String closedForApplications(int capacity, SeatQuota... quotas) {
    Instant now = Instant.now();
    return openByApplication(
        capacity,
        Audience.OPEN,
        new Admission(
            now.minus(Duration.ofDays(10)),
            now.minus(Duration.ofDays(1)),
            List.of(ApplicationQuestion.MOTIVATION),
            List.of(quotas),
            VALIDITY_HOURS));
  }

  /** A registered participant's shortlisted application; returns the applicationId. */
  String shortlisted(String programId, ParticipantType type, CraftTrack craft, int score) {
    return shortlisted(programId, registerParticipant(type, craft), type, craft, score);
  }

  String shortlisted(
      String programId, String participantId, ParticipantType type, CraftTrack craft, int score) {
    String applicationId = "app-" + UUID.randomUUID();
    jdbc.sql(
            "INSERT INTO application (application_id, program_id, participant_id,"
                + " participant_type, craft, status, submitted_at, score, reviewed_by,"
                + " reviewed_at) VALUES (?, ?, ?, ?, ?, 'SHORTLISTED', ?, ?, 'registrar', now())")
        .params(
            applicationId,
            programId,
            participantId,
            type.name(),
            craft.name(),
            Timestamp.from(Instant.now().minus(Duration.ofDays(5))),
            score)
        .update();
    return applicationId;
  }

  String registerParticipant(ParticipantType type, CraftTrack craft) {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    HttpApi.Response response =
        api.post(
            "/participants",
            Map.of(
                "name",
                "박서연 " + unique,
                "email",
                "seoyeon." + unique + "@example.kr",
                "organisation",
                "CJ ENM " + unique,
                "participantType",
                type.name(),
                "craft",
                craft.name(),
                "consents",
                REQUIRED_CONSENT));
    assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
    return response.text("participantId");
  }

  HttpApi.Response propose(String programId) {
    return api.post("/programs/" + programId + "/selection-runs", Map.of());
  }

  HttpApi.Response confirm(String programId, String selectionId) {
    return api.post(
        "/programs/" + programId + "/selection-runs/" + selectionId + "/confirmation", Map.of());
  }

  /** Proposes and confirms at once; returns the selectionId. */
  String select(String programId) {
    HttpApi.Response proposed = propose(programId);
    assertThat(proposed.status()).as(proposed.raw().body()).isEqualTo(201);
    HttpApi.Response confirmed = confirm(programId, proposed.text("selectionId"));
    assertThat(confirmed.status()).as(confirmed.raw().body()).isEqualTo(200);
    return proposed.text("selectionId");
  }

  /** The applicant's side: no account, only the code. */
  HttpApi.Response answer(String applicationId, String answer, String code) {
    return api((org.crewtraining.support.testing.TestUser) null)
        .post("/public/offers/" + applicationId + "/" + answer, Map.of("offerCode", code));
  }

  String status(String applicationId) {
    return jdbc.sql("SELECT status FROM application WHERE application_id = ?")
        .param(applicationId)
        .query(String.class)
        .single();
  }

  String code(String applicationId) {
    return jdbc.sql("SELECT offer_code FROM application WHERE application_id = ?")
        .param(applicationId)
        .query(String.class)
        .single();
  }

  static SeatQuota typeQuota(
      org.crewtraining.events.enrollments.ParticipantType type, int min, int max) {
    return new SeatQuota(type, null, min, max);
  }

  static SeatQuota craftQuota(CraftTrack craft, int min, int max) {
    return new SeatQuota(null, craft, min, max);
  }
}
