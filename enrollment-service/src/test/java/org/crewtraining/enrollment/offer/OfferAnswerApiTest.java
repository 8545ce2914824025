package org.crewtraining.enrollment.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.crewtraining.enrollment.offer.SelectionRunApiTest.assertProblem;
import static org.crewtraining.enrollment.participant.ParticipantType.INDUSTRY_WORKER;
import static org.crewtraining.enrollment.participant.ParticipantType.UNIVERSITY_STUDENT;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.enrollment.support.HttpApi;
import org.crewtraining.enrollment.support.PublishedEvents.Published;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.enrollments.EnrollmentConfirmed;
import org.crewtraining.events.enrollments.OfferBasis;
import org.crewtraining.events.enrollments.OfferRelease;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.events.enrollments.SeatDeclined;
import org.crewtraining.events.enrollments.SeatOffered;
import org.junit.jupiter.api.Test;

/**
 * Applicants answer offers with their code, without an account; declines and expiries pass the seat
 * down the reserve. Real HTTP, PostgreSQL and Kafka.
 */
class OfferAnswerApiTest extends OfferIntegrationTest {

  @Test
  void acceptingConfirmsAnEnrolmentThatNamesTheApplicationOnceEvenIfRepeated() {
    String programId = closedForApplications(1);
    String a = shortlisted(programId, INDUSTRY_WORKER, CraftTrack.VFX, 80);
    select(programId);

    HttpApi.Response accepted = answer(a, "acceptance", code(a).toLowerCase());

    assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
    assertThat(accepted.text("status")).isEqualTo("ACCEPTED");
    assertThat(accepted.header("Cache-Control")).contains("no-store");
    String enrollmentId = accepted.text("enrollmentId");
    assertThat(
            jdbc.sql("SELECT status FROM enrollment WHERE enrollment_id = ?")
                .param(enrollmentId)
                .query(String.class)
                .single())
        .isEqualTo("CONFIRMED");
    assertThat(count("SELECT seats_taken FROM program_view WHERE program_id = ?", programId))
        .isEqualTo(1);

    HttpApi.Response again = answer(a, "acceptance", code(a));
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.text("enrollmentId")).isEqualTo(enrollmentId);
    assertProblem(answer(a, "decline", code(a)), 409, "offer-answered");

    List<EnrollmentConfirmed> confirmations = eventsOf(programId, EnrollmentConfirmed.class);
    assertThat(confirmations).hasSize(1);
    assertThat(confirmations.get(0).getApplicationId()).isEqualTo(a);
    assertThat(confirmations.get(0).getEnrollmentId()).isEqualTo(enrollmentId);
    assertThat(confirmations.get(0).getMetadata().getActor()).as("no account").isNull();
    assertThat(eventsOf(programId, SeatDeclined.class)).isEmpty();
  }

  @Test
  void someoneElsesCodeOrNoOfferIsForbiddenAndWritesNothing() {
    String programId = closedForApplications(2);
    String a = shortlisted(programId, INDUSTRY_WORKER, CraftTrack.VFX, 80);
    String b = shortlisted(programId, INDUSTRY_WORKER, CraftTrack.VFX, 70);
    String reserve = shortlisted(programId, INDUSTRY_WORKER, CraftTrack.VFX, 10);
    select(programId);
    long events = count("SELECT count(*) FROM outbox_event WHERE record_key = ?", programId);

    assertProblem(answer(a, "acceptance", code(b)), 403, "offer-code-invalid");
    assertProblem(answer(a, "decline", code(b)), 403, "offer-code-invalid");
    assertProblem(answer(reserve, "acceptance", code(a)), 403, "offer-code-invalid");
    assertProblem(answer("app-unknown", "acceptance", code(a)), 403, "offer-code-invalid");
    HttpApi.Response noCode =
        api((org.crewtraining.support.testing.TestUser) null)
            .post("/public/offers/" + a + "/acceptance", Map.of());
    assertThat(noCode.status()).isEqualTo(400);

    assertThat(List.of(status(a), status(b), status(reserve)))
        .containsExactly("OFFERED", "OFFERED", "RESERVE");
    assertThat(count("SELECT count(*) FROM enrollment WHERE program_id = ?", programId)).isZero();
    assertThat(count("SELECT count(*) FROM outbox_event WHERE record_key = ?", programId))
        .isEqualTo(events);
  }

  @Test
  void aDeclinedSeatGoesToTheReserveAndAQuotaBelowItsMinimumComesFirst() {
    String programId =
        closedForApplications(2, typeQuota(ParticipantType.UNIVERSITY_STUDENT, 1, 2));
    String w1 = shortlisted(programId, INDUSTRY_WORKER, CraftTrack.VFX, 90);
    String s1 = shortlisted(programId, UNIVERSITY_STUDENT, CraftTrack.VFX, 50);
    String w2 = shortlisted(programId, INDUSTRY_WORKER, CraftTrack.SOUND, 85);
    String s2 = shortlisted(programId, UNIVERSITY_STUDENT, CraftTrack.EDITING, 20);
    select(programId);
    assertThat(List.of(status(w1), status(s1))).containsExactly("OFFERED", "OFFERED");

    HttpApi.Response declined = answer(s1, "decline", code(s1));

    assertThat(declined.status()).as(declined.raw().body()).isEqualTo(200);
    assertThat(declined.text("status")).isEqualTo("DECLINED");
    assertThat(answer(s1, "decline", code(s1)).status()).as("the same answer again").isEqualTo(200);
    assertProblem(answer(s1, "acceptance", code(s1)), 409, "offer-answered");
    assertThat(status(s2))
        .as("the student minimum is served before w2's better rank")
        .isEqualTo("OFFERED");
    assertThat(status(w2)).isEqualTo("RESERVE");

    SeatDeclined decline = eventsOf(programId, SeatDeclined.class).get(0);
    assertThat(decline.getApplicationId()).isEqualTo(s1);
    assertThat(decline.getRelease()).isEqualTo(OfferRelease.DECLINED);
    SeatOffered next = eventsOf(programId, SeatOffered.class).get(2);
    assertThat(next.getApplicationId()).isEqualTo(s2);
    assertThat(next.getBasis()).isEqualTo(OfferBasis.RESERVE);
    assertThat(next.getMetadata().getCausationId())
        .isEqualTo(decline.getMetadata().getEventId().toString());
    assertThat(eventsOf(programId, SeatOffered.class)).hasSize(3);
  }

  @Test
  void anExpiredOfferCannotBeAcceptedAndTheJobPassesItsSeatOn() {
    String programId = closedForApplications(1);
    String a = shortlisted(programId, INDUSTRY_WORKER, CraftTrack.VFX, 80);
    String b = shortlisted(programId, INDUSTRY_WORKER, CraftTrack.VFX, 70);
    select(programId);
    String codeOfA = code(a);

    clock.advance(Duration.ofHours(VALIDITY_HOURS).plusMinutes(1));
    HttpApi.Response late = answer(a, "acceptance", codeOfA);

    assertProblem(late, 409, "offer-expired");
    assertThat(count("SELECT count(*) FROM enrollment WHERE program_id = ?", programId)).isZero();
    await().atMost(Duration.ofSeconds(10)).until(() -> status(b).equals("OFFERED"));
    assertThat(status(a)).isEqualTo("EXPIRED");
    assertProblem(answer(a, "acceptance", codeOfA), 409, "offer-expired");
    assertProblem(answer(a, "decline", codeOfA), 409, "offer-expired");

    SeatDeclined expired = eventsOf(programId, SeatDeclined.class).get(0);
    assertThat(expired.getApplicationId()).isEqualTo(a);
    assertThat(expired.getRelease()).isEqualTo(OfferRelease.EXPIRED);
    assertThat(expired.getMetadata().getActor()).isEqualTo(OfferExpiryJob.ACTOR);
    assertThat(eventsOf(programId, SeatDeclined.class)).hasSize(1);
    assertThat(eventsOf(programId, EnrollmentConfirmed.class)).isEmpty();
    SeatOffered toB = eventsOf(programId, SeatOffered.class).get(1);
    assertThat(toB.getApplicationId()).isEqualTo(b);
    assertThat(toB.getBasis()).isEqualTo(OfferBasis.RESERVE);
    assertThat(toB.getExpiresAt()).isAfter(clock.instant().plus(Duration.ofHours(71)));

    HttpApi.Response accepted = answer(b, "acceptance", code(b));
    assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
  }

  @Test
  void aWithdrawnConfirmedSeatIsOfferedToTheReserveNotAWaitlist() {
    String programId = closedForApplications(1);
    String a = shortlisted(programId, INDUSTRY_WORKER, CraftTrack.VFX, 80);
    String b = shortlisted(programId, INDUSTRY_WORKER, CraftTrack.VFX, 70);
    select(programId);
    String enrollmentId = answer(a, "acceptance", code(a)).text("enrollmentId");

    HttpApi.Response withdrawn =
        api.post(
            "/enrollments/" + enrollmentId + "/withdrawal",
            Map.of("reasonCode", "WORK_COMMITMENT"));

    assertThat(withdrawn.status()).as(withdrawn.raw().body()).isEqualTo(200);
    assertThat(status(b)).isEqualTo("OFFERED");
    assertThat(status(a)).as("the application stays accepted").isEqualTo("ACCEPTED");
    SeatOffered toB = eventsOf(programId, SeatOffered.class).get(1);
    assertThat(toB.getApplicationId()).isEqualTo(b);
    assertThat(toB.getBasis()).isEqualTo(OfferBasis.RESERVE);
  }

  @Test
  void aCapacityIncreaseOffersTheNewSeatsToTheReserveInOrder() {
    String programId = closedForApplications(1);
    shortlisted(programId, INDUSTRY_WORKER, CraftTrack.VFX, 90);
    String b = shortlisted(programId, INDUSTRY_WORKER, CraftTrack.VFX, 80);
    String c = shortlisted(programId, INDUSTRY_WORKER, CraftTrack.VFX, 70);
    String d = shortlisted(programId, INDUSTRY_WORKER, CraftTrack.VFX, 60);
    select(programId);

    sendProgramEvent(
        new org.crewtraining.events.programs.ProgramCapacityChanged(
            programServiceMetadata(), programId, 1, 3));

    assertThat(List.of(status(b), status(c), status(d)))
        .containsExactly("OFFERED", "OFFERED", "RESERVE");
    assertThat(
            eventsOf(programId, SeatOffered.class).stream()
                .filter(o -> o.getBasis() == OfferBasis.RESERVE)
                .map(SeatOffered::getApplicationId))
        .containsExactly(b, c);
  }

  private <T extends SpecificRecord> List<T> eventsOf(String programId, Class<T> type) {
    return published.of(programId).stream()
        .map(Published::event)
        .filter(type::isInstance)
        .map(type::cast)
        .toList();
  }
}
