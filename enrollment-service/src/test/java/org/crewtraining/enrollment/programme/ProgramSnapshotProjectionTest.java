package org.crewtraining.enrollment.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.support.EnrollmentIntegrationTest;
import org.crewtraining.enrollment.support.HttpApi.Response;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.ProgramCancellationReason;
import org.crewtraining.events.programs.ProgramCancelled;
import org.crewtraining.events.programs.ProgramCapacityChanged;
import org.crewtraining.events.programs.ProgramCreated;
import org.crewtraining.events.programs.ProgramPublished;
import org.crewtraining.events.programs.ProgramScheduleChanged;
import org.crewtraining.events.programs.ScheduleChangeReason;
import org.junit.jupiter.api.Test;

/** Program events arrive over the real broker; redelivered ones must change nothing. */
class ProgramSnapshotProjectionTest extends EnrollmentIntegrationTest {

  @Test
  void theViewFollowsTheProgrammesLifecycle() {
    String programId = "prg-" + UUID.randomUUID();
    sendProgramEvent(created(programId, 12, Audience.UNIVERSITY_STUDENT));
    assertThat(view(programId).text("status")).isEqualTo("DRAFT");

    sendProgramEvent(new ProgramPublished(programServiceMetadata(), programId, null, null));
    sendProgramEvent(new ProgramCapacityChanged(programServiceMetadata(), programId, 12, 15));
    sendProgramEvent(
        new ProgramScheduleChanged(
            programServiceMetadata(),
            programId,
            LocalDate.of(2024, 9, 2),
            LocalDate.of(2024, 9, 30),
            null,
            ScheduleChangeReason.VENUE_AVAILABILITY));

    Response view = view(programId);
    assertThat(view.text("status")).isEqualTo("PUBLISHED");
    assertThat(view.body().get("capacity").asInt()).isEqualTo(15);
    assertThat(view.text("audience")).isEqualTo("UNIVERSITY_STUDENT");
    assertThat(view.text("startDate")).isEqualTo("2024-09-02");
    assertThat(view.text("endDate")).isEqualTo("2024-09-30");
  }

  @Test
  void redeliveredProgramEventsChangeNothing() {
    String programId = "prg-" + UUID.randomUUID();
    ProgramCreated createdEvent = created(programId, 1, Audience.OPEN);
    ProgramPublished publishedEvent =
        new ProgramPublished(programServiceMetadata(), programId, null, null);
    sendProgramEvent(createdEvent);
    sendProgramEvent(publishedEvent);
    String confirmed = enrolledId(programId);
    String waiting1 = enrolledId(programId);
    String waiting2 = enrolledId(programId);
    ProgramCapacityChanged toTwo =
        new ProgramCapacityChanged(programServiceMetadata(), programId, 1, 2);
    sendProgramEvent(toTwo);

    // the same records again, as after a consumer crash before committing offsets
    produce(createdEvent);
    produce(publishedEvent);
    produce(toTwo);
    produce(toTwo);
    awaitProgramEventsConsumed();

    assertThat(view(programId).body().get("capacity").asInt()).isEqualTo(2);
    assertThat(api.get("/enrollments/" + waiting1).text("status")).isEqualTo("CONFIRMED");
    assertThat(api.get("/enrollments/" + waiting2).body().get("waitlistPosition").asInt())
        .as("promoted only once")
        .isEqualTo(1);
    assertThat(published.of(programId)).hasSize(4);

    ProgramCancelled cancelled =
        new ProgramCancelled(
            programServiceMetadata(), programId, "", ProgramCancellationReason.VENUE_UNAVAILABLE);
    sendProgramEvent(cancelled);
    produce(cancelled);
    produce(toTwo);
    awaitProgramEventsConsumed();

    assertThat(view(programId).text("status")).isEqualTo("CANCELLED");
    assertThat(api.get("/enrollments/" + confirmed).text("status")).isEqualTo("CANCELLED");
    assertThat(published.of(programId))
        .as("one EnrollmentCancelled per active enrollment, however often the cancel arrives")
        .extracting(p -> p.event().getClass().getSimpleName())
        .containsExactly(
            "EnrollmentConfirmed",
            "EnrollmentWaitlisted",
            "EnrollmentWaitlisted",
            "EnrollmentPromoted",
            "EnrollmentCancelled",
            "EnrollmentCancelled",
            "EnrollmentCancelled");
    assertThat(
            count(
                "SELECT count(*) FROM processed_event WHERE event_id IN (?, ?, ?, ?)",
                createdEvent.getMetadata().getEventId(),
                publishedEvent.getMetadata().getEventId(),
                toTwo.getMetadata().getEventId(),
                cancelled.getMetadata().getEventId()))
        .isEqualTo(4);
  }

  @Test
  void aCreationRepeatedUnderANewEventIdDoesNotResetTheView() {
    String programId = "prg-" + UUID.randomUUID();
    sendProgramEvent(created(programId, 3, Audience.OPEN));
    sendProgramEvent(new ProgramPublished(programServiceMetadata(), programId, null, null));

    sendProgramEvent(created(programId, 99, Audience.INDUSTRY_WORKER));

    Response view = view(programId);
    assertThat(view.text("status")).isEqualTo("PUBLISHED");
    assertThat(view.body().get("capacity").asInt()).isEqualTo(3);
  }

  @Test
  void aCancelledProgrammeIsNotReopenedByALatePublication() {
    String programId = openProgramme(3, Audience.OPEN);
    sendProgramEvent(
        new ProgramCancelled(
            programServiceMetadata(), programId, "", ProgramCancellationReason.FUNDING_WITHDRAWN));

    sendProgramEvent(new ProgramPublished(programServiceMetadata(), programId, null, null));

    assertThat(view(programId).text("status")).isEqualTo("CANCELLED");
  }

  private Response view(String programId) {
    Response response = api.get("/programs/" + programId);
    assertThat(response.status()).isEqualTo(200);
    return response;
  }

  private String enrolledId(String programId) {
    Response response = enrol(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER));
    assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
    return response.text("enrollmentId");
  }
}
