package org.crewtraining.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.program.ProgramLifecycleApiTest.assertEnvelope;
import static org.crewtraining.program.ProgramRequests.with;
import static org.crewtraining.program.SessionRequests.reschedule;
import static org.crewtraining.program.SessionRequests.schedule;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.crewtraining.contracts.EventType;
import org.crewtraining.events.programs.CompletionRule;
import org.crewtraining.events.programs.DeliveryMode;
import org.crewtraining.events.programs.ProgramPublished;
import org.crewtraining.events.programs.ProgramSessionCancelled;
import org.crewtraining.events.programs.ProgramSessionRescheduled;
import org.crewtraining.events.programs.ProgramSessionScheduled;
import org.crewtraining.events.programs.SessionChangeReason;
import org.crewtraining.events.programs.SessionSchedule;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Sessions over HTTP: each change answers with the session and the programme's next version, and
 * emits exactly its event; the list sums the active sessions' contact minutes; the online link and
 * the notes stay in program-service.
 */
class SessionApiTest extends ProgramServiceIntegrationTest {

  private static final String[] OPERATOR = {"X-Correlation-Id", "corr-lifecycle"};

  @Test
  void addRescheduleAndCancelEachEmitTheirEventAndTheListSumsTheActiveSessions() {
    String id = createProgram(ProgramRequests.create());

    HttpApi.Response first = api().post(sessions(id), schedule(), OPERATOR);
    assertThat(first.status()).as(first.toString()).isEqualTo(201);
    String a = first.json().get("sessionId").asString();
    assertThat(a).startsWith("ses-");
    assertThat(first.header("Location")).isEqualTo(sessions(id) + "/" + a);
    assertThat(first.header("ETag")).isEqualTo("\"2\"");
    assertThat(first.json().get("version").asLong()).isEqualTo(2);
    assertThat(first.json().get("startTime").asString()).isEqualTo("09:00");
    assertThat(first.json().get("onlineLink").asString()).isEqualTo(SessionRequests.ONLINE_LINK);
    assertThat(first.json().get("status").asString()).isEqualTo("ACTIVE");
    assertThat(api().get(sessions(id) + "/" + a).json()).isEqualTo(first.json());

    Map<String, Object> online =
        with(
            with(with(schedule(), "deliveryMode", "ONLINE"), "location", null),
            "date",
            "2026-03-04");
    HttpApi.Response second =
        api().post(sessions(id), with(with(online, "startTime", "14:00"), "endTime", "17:00"));
    String b = second.json().get("sessionId").asString();
    assertThat(second.header("ETag")).isEqualTo("\"3\"");

    String note = "강사 일정 변경, 문의 010-9876-5432";
    Map<String, Object> move =
        reschedule("2026-03-05", "13:00", "16:30", 200, "INSTRUCTOR_AVAILABILITY");
    HttpApi.Response moved = api().put(sessions(id) + "/" + b, with(move, "note", note), OPERATOR);
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(moved.header("ETag")).isEqualTo("\"4\"");
    assertThat(moved.json().get("date").asString()).isEqualTo("2026-03-05");
    assertThat(moved.json().get("lastChange").get("note").asString()).isEqualTo(note);
    HttpApi.Response same = api().put(sessions(id) + "/" + b, with(move, "reasonCode", "OTHER"));
    assertThat(same.status()).isEqualTo(200);
    assertThat(same.header("ETag")).as("the same times again are a no-op").isEqualTo("\"4\"");

    JsonNode plan = api().get(sessions(id)).json();
    assertThat(plan.get("plannedMinutes").asInt()).isEqualTo(170 + 200);
    assertThat(plan.get("activeSessions").asInt()).isEqualTo(2);
    assertThat(plan.get("version").asLong()).isEqualTo(4);

    assertThat(api().post("/programs/" + id + "/publish", null).header("ETag")).isEqualTo("\"5\"");
    HttpApi.Response cancelled =
        api()
            .post(
                sessions(id) + "/" + a + "/cancel",
                Map.of("reasonCode", "VENUE_AVAILABILITY", "note", "hall flooded"),
                OPERATOR);
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(cancelled.header("ETag")).isEqualTo("\"6\"");
    assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
    HttpApi.Response listed = api().get(sessions(id));
    assertThat(listed.header("ETag")).isEqualTo("\"6\"");
    assertThat(listed.json().get("plannedMinutes").asInt()).isEqualTo(200);
    assertThat(listed.json().get("activeSessions").asInt()).isEqualTo(1);
    assertThat(listed.json().get("sessions"))
        .extracting(s -> s.get("sessionId").asString() + " " + s.get("status").asString())
        .containsExactly(a + " CANCELLED", b + " ACTIVE");
    assertThat(api().get("/programs/" + id).json().get("plannedHours").asInt())
        .as("the estimate given at creation stays as it was")
        .isEqualTo(40);

    List<ConsumerRecord<String, SpecificRecord>> records = eventsOf(id, 6);
    assertThat(records)
        .extracting(r -> r.value().getClass().getSimpleName())
        .containsExactly(
            "ProgramCreated",
            "ProgramSessionScheduled",
            "ProgramSessionScheduled",
            "ProgramSessionRescheduled",
            "ProgramPublished",
            "ProgramSessionCancelled");
    assertThat(records.get(1).value())
        .isEqualTo(
            new ProgramSessionScheduled(
                assertEnvelope(records.get(1), EventType.PROGRAM_SESSION_SCHEDULED, id),
                id,
                a,
                new SessionSchedule(
                    LocalDate.of(2026, 3, 3), LocalTime.of(9, 0), LocalTime.of(12, 0), 170),
                DeliveryMode.HYBRID,
                "Colour pipelines for HDR delivery",
                "Busan Cinema Center, room 2"));
    assertThat(((ProgramSessionScheduled) records.get(2).value()).getLocation()).isNull();
    assertThat(records.get(3).value())
        .isEqualTo(
            new ProgramSessionRescheduled(
                assertEnvelope(records.get(3), EventType.PROGRAM_SESSION_RESCHEDULED, id),
                id,
                b,
                new SessionSchedule(
                    LocalDate.of(2026, 3, 5), LocalTime.of(13, 0), LocalTime.of(16, 30), 200),
                SessionChangeReason.INSTRUCTOR_AVAILABILITY));
    assertThat(records.get(4).value())
        .isEqualTo(
            new ProgramPublished(
                assertEnvelope(records.get(4), EventType.PROGRAM_PUBLISHED, id),
                id,
                new CompletionRule(80, List.of(), false),
                null));
    assertThat(records.get(5).value())
        .isEqualTo(
            new ProgramSessionCancelled(
                assertEnvelope(records.get(5), EventType.PROGRAM_SESSION_CANCELLED, id),
                id,
                a,
                SessionChangeReason.VENUE_AVAILABILITY));
    assertNeverOnTheBus(id, "Xq7-passcode");
    assertNeverOnTheBus(id, "meet.example.org");
    assertNeverOnTheBus(id, "010-9876-5432");
    assertNeverOnTheBus(id, "hall flooded");
  }

  @Test
  void closedAndCancelledProgrammesRefuseEverySessionChangeWith409() {
    String closed = createProgram(ProgramRequests.create());
    String session = api().post(sessions(closed), schedule()).json().get("sessionId").asString();
    api().post("/programs/" + closed + "/publish", null);
    api().post("/programs/" + closed + "/close", null);
    String cancelled = createProgram(ProgramRequests.create());
    String other = api().post(sessions(cancelled), schedule()).json().get("sessionId").asString();
    api().post("/programs/" + cancelled + "/cancel", Map.of("reasonCode", "LOW_ENROLMENT"));
    long events = rows("outbox_event");

    for (String[] target : new String[][] {{closed, session}, {cancelled, other}}) {
      String path = sessions(target[0]);
      List<HttpApi.Response> refused =
          List.of(
              api().post(path, schedule()),
              api()
                  .put(
                      path + "/" + target[1],
                      reschedule("2026-03-06", "09:00", "10:00", 60, "OTHER")),
              api().post(path + "/" + target[1] + "/cancel", Map.of("reasonCode", "OTHER")));
      assertThat(refused).extracting(HttpApi.Response::status).containsOnly(409);
      assertThat(refused)
          .extracting(r -> r.json().get("code").asString())
          .containsOnly("illegal-transition");
      HttpApi.Response rule =
          api()
              .put("/programs/" + target[0] + "/completion-rule", Map.of("minAttendedPercent", 50));
      assertThat(rule.status()).isEqualTo(409);
      assertThat(rule.json().get("code").asString()).isEqualTo("completion-rule-frozen");
    }
    assertThat(rows("outbox_event")).isEqualTo(events);
    assertThat(api().get(sessions(closed)).json().get("sessions").get(0).get("status").asString())
        .isEqualTo("ACTIVE");
  }

  @Test
  void aCancelledSessionCannotBeMovedOrCancelledAgain() {
    String id = createProgram(ProgramRequests.create());
    String session = api().post(sessions(id), schedule()).json().get("sessionId").asString();
    String path = sessions(id) + "/" + session;
    assertThat(api().post(path + "/cancel", Map.of("reasonCode", "LOW_ATTENDANCE")).status())
        .isEqualTo(200);

    List<HttpApi.Response> refused =
        List.of(
            api().post(path + "/cancel", Map.of("reasonCode", "LOW_ATTENDANCE")),
            api().put(path, reschedule("2026-03-06", "09:00", "10:00", 60, "OTHER")));
    assertThat(refused).extracting(HttpApi.Response::status).containsOnly(409);
    assertThat(refused)
        .extracting(r -> r.json().get("code").asString())
        .containsOnly("session-cancelled");
    assertThat(outboxRowsOf(id)).isEqualTo(3);
  }

  @Test
  void staleIfMatchIs412AndUnknownIdsAre404() {
    String id = createProgram(ProgramRequests.create());
    HttpApi.Response stale = api().post(sessions(id), schedule(), "If-Match", "\"9\"");
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.json().get("code").asString()).isEqualTo("version-mismatch");
    HttpApi.Response current = api().post(sessions(id), schedule(), "If-Match", "\"1\"");
    assertThat(current.status()).isEqualTo(201);
    String session = current.json().get("sessionId").asString();
    HttpApi.Response staleMove =
        api()
            .put(
                sessions(id) + "/" + session,
                reschedule("2026-03-06", "09:00", "10:00", 60, "OTHER"),
                "If-Match",
                "\"1\"");
    assertThat(staleMove.status()).isEqualTo(412);

    List<HttpApi.Response> missing =
        List.of(
            api().get(sessions("prg-nope")),
            api().post(sessions("prg-nope"), schedule()),
            api().get(sessions(id) + "/ses-nope"),
            api()
                .put(
                    sessions(id) + "/ses-nope",
                    reschedule("2026-03-06", "09:00", "10:00", 60, "OTHER")),
            api().post(sessions(id) + "/ses-nope/cancel", Map.of("reasonCode", "OTHER")),
            api().get("/programs/prg-nope/completion-rule"),
            api().put("/programs/prg-nope/completion-rule", Map.of()));
    assertThat(missing).extracting(HttpApi.Response::status).containsOnly(404);
    assertThat(missing).extracting(r -> r.json().get("code").asString()).containsOnly("not-found");
    assertThat(outboxRowsOf(id)).isEqualTo(2);
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReplaysTheFirstAnswerAndEmitsNothing() {
    String id = createProgram(ProgramRequests.create());
    HttpApi.Response added = api().post(sessions(id), schedule(), "Idempotency-Key", "add-1");
    HttpApi.Response retried = api().post(sessions(id), schedule(), "Idempotency-Key", "add-1");
    assertThat(retried.status()).isEqualTo(201);
    assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retried.header("ETag")).isEqualTo(added.header("ETag"));
    assertThat(retried.header("Location")).isEqualTo(added.header("Location"));
    assertThat(retried.json()).isEqualTo(added.json());
    String session = added.json().get("sessionId").asString();

    Map<String, Object> move =
        with(reschedule("2026-03-06", "10:00", "11:00", 60, "OTHER"), "note", "room swap");
    HttpApi.Response moved =
        api().put(sessions(id) + "/" + session, move, "Idempotency-Key", "move-1");
    HttpApi.Response movedAgain =
        api().put(sessions(id) + "/" + session, move, "Idempotency-Key", "move-1");
    assertThat(movedAgain.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(movedAgain.json()).isEqualTo(moved.json());
    HttpApi.Response otherBody =
        api()
            .put(
                sessions(id) + "/" + session,
                with(move, "contactMinutes", 50),
                "Idempotency-Key",
                "move-1");
    assertThat(otherBody.status()).isEqualTo(422);

    Map<String, Object> rule = Map.of("minAttendedPercent", 60);
    HttpApi.Response set = api().put(rule(id), rule, "Idempotency-Key", "rule-1");
    HttpApi.Response setAgain = api().put(rule(id), rule, "Idempotency-Key", "rule-1");
    assertThat(setAgain.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(setAgain.json()).isEqualTo(set.json());

    assertThat(outboxRowsOf(id)).isEqualTo(3);
    assertThat(api().get(sessions(id)).json().get("sessions")).hasSize(1);
    assertThat(api().get("/programs/" + id).json().get("version").asLong()).isEqualTo(4);
  }

  @Test
  void theProgrammeDatesCannotMoveAwayFromAnActiveSession() {
    String id = createProgram(ProgramRequests.create());
    api().post(sessions(id), schedule()); // 2026-03-03
    api().post(sessions(id), with(schedule(), "date", "2026-03-20"));
    long events = rows("outbox_event");

    HttpApi.Response later =
        api()
            .put(
                "/programs/" + id + "/schedule",
                Map.of("startDate", "2026-03-04", "endDate", "2026-03-27"));
    assertThat(later.status()).as(later.toString()).isEqualTo(400);
    assertThat(later.json().get("errors").get(0).get("field").asString()).isEqualTo("startDate");
    HttpApi.Response earlier =
        api()
            .put(
                "/programs/" + id + "/schedule",
                Map.of("startDate", "2026-03-02", "endDate", "2026-03-19"));
    assertThat(earlier.status()).isEqualTo(400);
    assertThat(earlier.json().get("errors").get(0).get("field").asString()).isEqualTo("endDate");
    assertThat(rows("outbox_event")).isEqualTo(events);

    HttpApi.Response tighter =
        api()
            .put(
                "/programs/" + id + "/schedule",
                Map.of("startDate", "2026-03-03", "endDate", "2026-03-20"));
    assertThat(tighter.status()).as(tighter.toString()).isEqualTo(200);
  }

  private static String rule(String programId) {
    return "/programs/" + programId + "/completion-rule";
  }

  private static String sessions(String programId) {
    return "/programs/" + programId + "/sessions";
  }

  /** Nothing the outbox holds for the programme (= what reaches the bus) contains {@code text}. */
  private void assertNeverOnTheBus(String programId, String text) {
    List<byte[]> payloads =
        jdbc.sql("SELECT payload FROM outbox_event WHERE record_key = ?")
            .param(programId)
            .query((rs, n) -> rs.getBytes(1))
            .list();
    assertThat(payloads).isNotEmpty();
    String needle = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    assertThat(payloads)
        .noneSatisfy(
            bytes -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains(needle));
  }
}
