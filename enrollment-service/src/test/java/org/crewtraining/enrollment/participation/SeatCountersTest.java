package org.crewtraining.enrollment.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.support.EnrollmentIntegrationTest;
import org.crewtraining.enrollment.support.HttpApi.Response;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.ProgramCancellationReason;
import org.crewtraining.events.programs.ProgramCancelled;
import org.crewtraining.events.programs.ProgramCapacityChanged;
import org.junit.jupiter.api.Test;

/**
 * The seat counters on the programme row equal the enrollments they stand for after every kind of
 * change: enrolment (confirmed and waitlisted), a refused repeat, withdrawal from a seat (with
 * promotion) and from the waitlist, capacity up (promotions) and down, and cancellation.
 */
class SeatCountersTest extends EnrollmentIntegrationTest {

  @Test
  void countersFollowEveryChangeOfSeatsAndWaitlist() {
    String programId = openProgramme(2, Audience.OPEN);
    String other = openProgramme(5, Audience.OPEN);
    String a = enrolled(programId);
    String b = enrolled(programId);
    String c = enrolled(programId);
    String d = enrolled(programId);
    String e = enrolled(programId);
    assertSeats(programId, 2, 3);

    String cParticipant = api.get("/enrollments/" + c).text("participantId");
    Response repeat = enrol(programId, cParticipant);
    assertThat(repeat.status()).isEqualTo(409);
    assertThat(repeat.text("code")).isEqualTo("already-enrolled");
    assertThat(enrol(other, cParticipant).status()).isEqualTo(201);
    assertSeats(programId, 2, 3);
    assertSeats(other, 1, 0);

    withdraw(d); // waitlisted: e moves up
    assertSeats(programId, 2, 2);
    withdraw(a); // confirmed: c is promoted
    assertThat(statusOf(c)).isEqualTo("CONFIRMED");
    assertSeats(programId, 2, 1);

    String f = enrolled(programId);
    String g = enrolled(programId);
    assertSeats(programId, 2, 3);

    sendProgramEvent(new ProgramCapacityChanged(programServiceMetadata(), programId, 2, 4));
    assertThat(List.of(statusOf(e), statusOf(f))).containsOnly("CONFIRMED");
    assertSeats(programId, 4, 1);

    sendProgramEvent(new ProgramCapacityChanged(programServiceMetadata(), programId, 4, 1));
    assertSeats(programId, 4, 1); // nobody evicted
    withdraw(b); // still over capacity: nobody promoted
    assertThat(statusOf(g)).isEqualTo("WAITLISTED");
    assertSeats(programId, 3, 1);

    String h = enrolled(programId);
    withdraw(g); // waitlisted head: h moves up to 1
    assertThat(api.get("/enrollments/" + h).body().get("waitlistPosition").asInt()).isEqualTo(1);
    assertSeats(programId, 3, 1);

    sendProgramEvent(
        new ProgramCancelled(
            programServiceMetadata(), programId, "", ProgramCancellationReason.LOW_ENROLMENT));
    assertSeats(programId, 0, 0);
    assertThat(enrol(programId, registerParticipant(ParticipantType.INDUSTRY_WORKER)).status())
        .isEqualTo(409);
    assertSeats(programId, 0, 0);
    assertSeats(other, 1, 0);
  }

  /** The counters, the enrollments themselves and the dense waitlist all say the same. */
  private void assertSeats(String programId, int confirmed, int waitlisted) {
    Seats counters =
        jdbc.sql("SELECT seats_taken, waitlist_length FROM program_view WHERE program_id = ?")
            .param(programId)
            .query((rs, n) -> new Seats(rs.getInt(1), rs.getInt(2)))
            .single();
    Seats counted =
        jdbc.sql(
                "SELECT count(*) FILTER (WHERE status = 'CONFIRMED'),"
                    + " count(*) FILTER (WHERE status = 'WAITLISTED')"
                    + " FROM enrollment WHERE program_id = ?")
            .param(programId)
            .query((rs, n) -> new Seats(rs.getInt(1), rs.getInt(2)))
            .single();
    assertThat(counters).isEqualTo(counted).isEqualTo(new Seats(confirmed, waitlisted));
    assertThat(waitlistPositions(programId))
        .containsExactlyElementsOf(IntStream.rangeClosed(1, waitlisted).boxed().toList());
  }

  private String enrolled(String programId) {
    Response response = enrol(programId, registerParticipant(ParticipantType.UNIVERSITY_STUDENT));
    assertThat(response.status()).as(response.raw().body()).isEqualTo(201);
    return response.text("enrollmentId");
  }

  private void withdraw(String enrollmentId) {
    Response response =
        api.post("/enrollments/" + enrollmentId + "/withdrawal", Map.of("reasonCode", "PERSONAL"));
    assertThat(response.status()).as(response.raw().body()).isEqualTo(200);
  }

  private String statusOf(String enrollmentId) {
    return api.get("/enrollments/" + enrollmentId).text("status");
  }
}
