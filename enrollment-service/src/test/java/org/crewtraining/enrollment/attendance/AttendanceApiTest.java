package org.crewtraining.enrollment.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.enrollment.support.HttpApi.Response;
import org.crewtraining.enrollment.support.PublishedEvents.Published;
import org.crewtraining.enrollment.support.SessionProgrammeTest;
import org.crewtraining.events.enrollments.AttendanceRecorded;
import org.crewtraining.events.enrollments.AttendanceStatus;
import org.crewtraining.events.enrollments.EnrollmentConfirmed;
import org.crewtraining.events.programs.ProgramSessionCancelled;
import org.crewtraining.events.programs.SessionChangeReason;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Bulk attendance for one session's roster over HTTP: events on the topic, rows stored. */
class AttendanceApiTest extends SessionProgrammeTest {

  @Test
  void aRosterIsRecordedWithOneEventPerEntryAndTheSameRosterAgainChangesNothing() {
    Programme p = programme(10, null, 120, 120);
    String ana = confirmedIn(p.programId());
    String bo = confirmedIn(p.programId());
    String chul = confirmedIn(p.programId());
    List<Map<String, Object>> roster =
        List.of(entry(ana, "PRESENT"), entry(bo, "LATE", 15), entry(chul, "ABSENT"));

    Response recorded = recordAttendance(p.programId(), p.session(0), roster);
    Response again = recordAttendance(p.programId(), p.session(0), roster);

    assertThat(recorded.status()).as(recorded.raw().body()).isEqualTo(200);
    assertThat(line(recorded, bo).get("status").asString()).isEqualTo("LATE");
    assertThat(line(recorded, bo).get("lateMinutes").asInt()).isEqualTo(15);
    assertThat(line(recorded, ana).get("recordedBy").asString()).isEqualTo("operator");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(recorded.body());
    assertThat(count("SELECT count(*) FROM attendance_entry WHERE session_id = ?", p.session(0)))
        .isEqualTo(3);

    List<SpecificRecord> events =
        published.of(p.programId()).stream().map(Published::event).toList();
    assertThat(events).hasSize(6);
    assertThat(events.subList(0, 3)).allMatch(EnrollmentConfirmed.class::isInstance);
    List<AttendanceRecorded> attendance =
        events.subList(3, 6).stream().map(AttendanceRecorded.class::cast).toList();
    assertThat(attendance)
        .extracting(AttendanceRecorded::getEnrollmentId, AttendanceRecorded::getStatus)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(ana, AttendanceStatus.PRESENT),
            org.assertj.core.groups.Tuple.tuple(bo, AttendanceStatus.LATE),
            org.assertj.core.groups.Tuple.tuple(chul, AttendanceStatus.ABSENT));
    AttendanceRecorded late =
        attendance.stream().filter(a -> a.getEnrollmentId().equals(bo)).findFirst().orElseThrow();
    assertThat(late.getLateMinutes()).isEqualTo(15);
    assertThat(late.getSessionId()).isEqualTo(p.session(0));
    assertThat(late.getProgramId()).isEqualTo(p.programId());
    assertThat(late.getMetadata().getActor()).isEqualTo("operator");

    Response ofBo = api.get("/enrollments/" + bo + "/attendance");
    assertThat(ofBo.status()).isEqualTo(200);
    assertThat(ofBo.body().get("sessions")).hasSize(2);
    assertThat(ofBo.body().get("sessions").get(0).get("current").get("status").asString())
        .isEqualTo("LATE");
    assertThat(ofBo.body().get("sessions").get(1).get("current").isNull()).isTrue();
  }

  @Test
  void oneBadEntryRefusesTheWholeRosterWithNothingWrittenAndNoEvent() {
    Programme p = programme(2, null, 120);
    Programme other = programme(5, null, 60);
    String ana = confirmedIn(p.programId());
    String bo = confirmedIn(p.programId());
    String waiting =
        enrol(p.programId(), registerParticipant(ParticipantType.INDUSTRY_WORKER))
            .text("enrollmentId");
    String elsewhere = confirmedIn(other.programId());
    long outboxBefore = outboxRows(p.programId());

    assertRefused(
        p, List.of(entry(ana, "PRESENT"), entry(bo, "LATE")), 400, "entries[1].lateMinutes");
    assertRefused(
        p, List.of(entry(ana, "PRESENT"), entry(bo, "LATE", 120)), 400, "entries[1].lateMinutes");
    assertRefused(
        p, List.of(entry(ana, "PRESENT", 5), entry(bo, "PRESENT")), 400, "entries[0].lateMinutes");
    assertRefused(
        p,
        List.of(entry(ana, "PRESENT"), entry(bo, "ABSENT"), entry(elsewhere, "PRESENT")),
        400,
        "entries[2].enrollmentId");
    assertRefused(
        p,
        List.of(entry(ana, "PRESENT"), entry(bo, "ABSENT"), entry(ana, "ABSENT")),
        400,
        "entries[2].enrollmentId");
    assertRefused(
        p,
        List.of(entry(ana, "PRESENT"), entry("enr-" + UUID.randomUUID(), "PRESENT")),
        400,
        "entries[1].enrollmentId");
    assertRefused(
        p, List.of(entry(ana, "PRESENT"), entry(bo, "LATEISH")), 400, "entries[1].status");
    assertRefused(p, List.of(), 400, "entries");

    Response notConfirmed =
        recordAttendance(
            p.programId(), p.session(0), List.of(entry(ana, "PRESENT"), entry(waiting, "PRESENT")));
    assertThat(notConfirmed.status()).isEqualTo(409);
    assertThat(notConfirmed.text("code")).isEqualTo("enrollment-not-confirmed");
    assertThat(notConfirmed.text("detail")).contains("entries[1]").contains(waiting);

    Response otherProgrammesSession =
        recordAttendance(p.programId(), other.session(0), List.of(entry(ana, "PRESENT")));
    assertThat(otherProgrammesSession.status()).isEqualTo(404);
    assertThat(otherProgrammesSession.contentType()).startsWith("application/problem+json");

    assertThat(count("SELECT count(*) FROM attendance_entry WHERE session_id = ?", p.session(0)))
        .isZero();
    assertThat(outboxRows(p.programId())).isEqualTo(outboxBefore);
    assertThat(published.of(p.programId()).stream().map(Published::event))
        .noneMatch(AttendanceRecorded.class::isInstance);
  }

  @Test
  void aSecondDifferentRecordIsACorrectionAndACancelledSessionTakesNoAttendance() {
    Programme p = programme(5, null, 120, 90);
    String ana = confirmedIn(p.programId());
    String bo = confirmedIn(p.programId());
    assertThat(
            recordAttendance(p.programId(), p.session(0), List.of(entry(ana, "PRESENT"))).status())
        .isEqualTo(200);

    Response twice =
        recordAttendance(
            p.programId(), p.session(0), List.of(entry(bo, "PRESENT"), entry(ana, "ABSENT")));
    sendProgramEvent(
        new ProgramSessionCancelled(
            programServiceMetadata(),
            p.programId(),
            p.session(1),
            SessionChangeReason.INSTRUCTOR_AVAILABILITY));
    Response cancelled =
        recordAttendance(p.programId(), p.session(1), List.of(entry(ana, "PRESENT")));

    assertThat(twice.status()).isEqualTo(409);
    assertThat(twice.text("code")).isEqualTo("attendance-already-recorded");
    assertThat(twice.text("detail")).contains("entries[1]").contains("PUT /enrollments/" + ana);
    assertThat(cancelled.status()).isEqualTo(409);
    assertThat(cancelled.text("code")).isEqualTo("session-cancelled");
    assertThat(
            count("SELECT count(*) FROM attendance_entry WHERE enrollment_id IN (?, ?)", ana, bo))
        .as("only the first record")
        .isEqualTo(1);
    assertThat(published.of(p.programId()).stream().map(Published::event))
        .filteredOn(AttendanceRecorded.class::isInstance)
        .hasSize(1);
  }

  private void assertRefused(
      Programme p, List<Map<String, Object>> entries, int status, String field) {
    Response response = recordAttendance(p.programId(), p.session(0), entries);
    assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.body().get("errors").findValuesAsString("field")).contains(field);
  }

  private long outboxRows(String programId) {
    return count("SELECT count(*) FROM outbox_event WHERE record_key = ?", programId);
  }

  private static JsonNode line(Response roster, String enrollmentId) {
    for (JsonNode line : roster.body().get("roster")) {
      if (line.get("enrollmentId").asString().equals(enrollmentId)) {
        return line;
      }
    }
    throw new AssertionError(enrollmentId + " not on the roster " + roster.body());
  }
}
