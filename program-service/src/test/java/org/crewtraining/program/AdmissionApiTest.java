package org.crewtraining.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.program.AdmissionRequests.byApplication;
import static org.crewtraining.program.AdmissionRequests.firstCome;
import static org.crewtraining.program.AdmissionRequests.path;
import static org.crewtraining.program.AdmissionRequests.studentQuota;
import static org.crewtraining.program.AdmissionRequests.vfxQuota;
import static org.crewtraining.program.ProgramRequests.with;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.events.programs.Admission;
import org.crewtraining.events.programs.ApplicationQuestion;
import org.crewtraining.events.programs.ProgramPublished;
import org.crewtraining.events.programs.SeatQuota;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The admission: first come until set otherwise, set only while DRAFT, frozen into ProgramPublished
 * exactly as set, and kept true by later changes of the programme's capacity and dates.
 */
class AdmissionApiTest extends ProgramServiceIntegrationTest {

  private static final Admission AS_SET =
      new Admission(
          Instant.parse("2026-02-02T00:00:00Z"),
          Instant.parse("2026-02-16T09:00:00Z"),
          List.of(ApplicationQuestion.MOTIVATION, ApplicationQuestion.PORTFOLIO_LINK),
          List.of(
              new SeatQuota(ParticipantType.UNIVERSITY_STUDENT, null, 5, 10),
              new SeatQuota(null, CraftTrack.VFX, 0, 4)),
          72);

  @Test
  void theAdmissionSetWhileDraftIsFrozenIntoProgramPublished() {
    String id = createProgram(ProgramRequests.create());
    HttpApi.Response initial = api().get(path(id));
    assertThat(initial.status()).isEqualTo(200);
    assertThat(initial.header("ETag")).isEqualTo("\"1\"");
    assertThat(initial.body()).isEqualTo("{\"mode\":\"FIRST_COME\"}");

    HttpApi.Response set = api().put(path(id), byApplication());
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(set.header("ETag")).isEqualTo("\"2\"");
    assertThat(set.json()).isEqualTo(HttpApi.JSON.valueToTree(byApplication()));
    HttpApi.Response read = api().get(path(id));
    assertThat(read.json()).isEqualTo(set.json());
    assertThat(read.header("ETag")).isEqualTo("\"2\"");
    JsonNode programme = api().get("/programs/" + id).json();
    assertThat(programme.get("admissionMode").asString()).isEqualTo("APPLICATION");
    assertThat(programme.get("version").asLong()).isEqualTo(2);

    HttpApi.Response sentBack = api().put(path(id), read.body());
    assertThat(sentBack.status()).as(sentBack.toString()).isEqualTo(200);
    assertThat(sentBack.header("ETag"))
        .as("the same admission again is a no-op")
        .isEqualTo("\"2\"");

    assertThat(api().post("/programs/" + id + "/publish", null).status()).isEqualTo(200);
    long admissionRows = rows("program_admission");
    HttpApi.Response frozen = api().put(path(id), firstCome());
    assertThat(frozen.status()).as(frozen.toString()).isEqualTo(409);
    assertThat(frozen.json().get("code").asString()).isEqualTo("admission-frozen");
    assertThat(rows("program_admission")).isEqualTo(admissionRows);
    assertThat(api().get(path(id)).json()).isEqualTo(set.json());
    assertThat(api().get("/programs/" + id).json().get("version").asLong()).isEqualTo(3);

    // Created and published: setting the admission emitted nothing of its own.
    var records = eventsOf(id, 2);
    assertThat(records).hasSize(2);
    ProgramPublished published = (ProgramPublished) records.get(1).value();
    assertThat(published.getAdmission()).isEqualTo(AS_SET);
  }

  @Test
  void aFirstComeProgrammePublishesWithoutAdmission() {
    String id = createProgram(ProgramRequests.create());
    HttpApi.Response same = api().put(path(id), firstCome());
    assertThat(same.status()).as(same.toString()).isEqualTo(200);
    assertThat(same.header("ETag")).as("first come is the default: a no-op").isEqualTo("\"1\"");
    assertThat(same.body()).isEqualTo("{\"mode\":\"FIRST_COME\"}");

    assertThat(api().post("/programs/" + id + "/publish", null).status()).isEqualTo(200);
    assertThat(api().get("/programs/" + id).json().get("admissionMode").asString())
        .isEqualTo("FIRST_COME");
    var records = eventsOf(id, 2);
    assertThat(((ProgramPublished) records.get(1).value()).getAdmission()).isNull();
  }

  @Test
  void backToFirstComeDropsTheAdmissionAndItsQuotas() {
    String id = createProgram(ProgramRequests.create());
    assertThat(api().put(path(id), byApplication()).header("ETag")).isEqualTo("\"2\"");
    assertThat(admissionRowsOf(id)).isEqualTo(3);

    HttpApi.Response back = api().put(path(id), firstCome());
    assertThat(back.status()).as(back.toString()).isEqualTo(200);
    assertThat(back.header("ETag")).isEqualTo("\"3\"");
    assertThat(back.body()).isEqualTo("{\"mode\":\"FIRST_COME\"}");
    assertThat(admissionRowsOf(id)).isZero();
    assertThat(api().get("/programs/" + id).json().get("admissionMode").asString())
        .isEqualTo("FIRST_COME");

    api().post("/programs/" + id + "/publish", null);
    var records = eventsOf(id, 2);
    assertThat(((ProgramPublished) records.get(1).value()).getAdmission()).isNull();
  }

  @Test
  void instantsRoundTripToTheMillisecondInKoreanTime() {
    String id = createProgram(ProgramRequests.create());
    Map<String, Object> body =
        with(
            with(byApplication(), "applicationsOpenAt", "2026-02-01T15:30:00.25Z"),
            "applicationsCloseAt",
            "2026-03-01T23:59:59.999+09:00");
    HttpApi.Response set = api().put(path(id), body);
    assertThat(set.status()).as(set.toString()).isEqualTo(200);

    JsonNode read = api().get(path(id)).json();
    assertThat(read.get("applicationsOpenAt").asString())
        .isEqualTo("2026-02-02T00:30:00.250+09:00");
    assertThat(read.get("applicationsCloseAt").asString())
        .isEqualTo("2026-03-01T23:59:59.999+09:00");
    assertThat(api().put(path(id), read).header("ETag")).isEqualTo(set.header("ETag"));

    api().post("/programs/" + id + "/publish", null);
    Admission admission = ((ProgramPublished) eventsOf(id, 2).get(1).value()).getAdmission();
    assertThat(admission.getApplicationsOpenAt()).isEqualTo("2026-02-01T15:30:00.250Z");
    assertThat(admission.getApplicationsCloseAt()).isEqualTo("2026-03-01T14:59:59.999Z");
  }

  @Test
  void capacityAndDatesCannotMoveAwayFromTheQuotasAndTheWindow() {
    String id = createProgram(ProgramRequests.create());
    api()
        .put(
            path(id),
            with(byApplication(), "quotas", List.of(studentQuota(6, 10), vfxQuota(3, 4))));
    long events = rows("outbox_event");

    HttpApi.Response belowMaximum = api().put(capacity(id), Map.of("capacity", 9));
    assertConflictNaming(belowMaximum, "capacity");
    assertThat(belowMaximum.json().get("detail").asString()).contains("maxSeats (10)");
    assertThat(api().put(capacity(id), Map.of("capacity", 10)).status()).isEqualTo(200);

    api().put(path(id), with(byApplication(), "quotas", List.of(studentQuota(6, 6))));
    api().put(capacity(id), Map.of("capacity", 6));
    assertThat(api().get("/programs/" + id).json().get("capacity").asInt()).isEqualTo(6);
    api()
        .put(
            path(id), with(byApplication(), "quotas", List.of(studentQuota(3, 3), vfxQuota(3, 3))));
    HttpApi.Response belowMinimums = api().put(capacity(id), Map.of("capacity", 5));
    assertConflictNaming(belowMinimums, "capacity");
    assertThat(belowMinimums.json().get("detail").asString()).contains("minSeats together (6)");

    HttpApi.Response startOnClose =
        api().put(schedule(id), Map.of("startDate", "2026-02-16", "endDate", "2026-03-27"));
    assertConflictNaming(startOnClose, "startDate");
    HttpApi.Response startAfterClose =
        api().put(schedule(id), Map.of("startDate", "2026-02-17", "endDate", "2026-03-27"));
    assertThat(startAfterClose.status()).as(startAfterClose.toString()).isEqualTo(200);

    // Two changes went through: capacity 20 -> 10 -> 6 and the dates; the refusals wrote nothing.
    assertThat(rows("outbox_event")).isEqualTo(events + 3);
    assertThat(api().get("/programs/" + id).json().get("capacity").asInt()).isEqualTo(6);
  }

  @Test
  void afterPublicationTheCapacityMayFallBelowTheFrozenQuotas() {
    String id = createProgram(ProgramRequests.create());
    api()
        .put(
            path(id),
            with(byApplication(), "quotas", List.of(studentQuota(6, 10), vfxQuota(3, 4))));
    assertThat(api().post("/programs/" + id + "/publish", null).status()).isEqualTo(200);

    HttpApi.Response cut = api().put(capacity(id), Map.of("capacity", 5));

    assertThat(cut.status()).as(cut.toString()).isEqualTo(200);
    assertThat(api().get("/programs/" + id).json().get("capacity").asInt()).isEqualTo(5);
  }

  @Test
  void aStaleIfMatchChangesNothing() {
    String id = createProgram(ProgramRequests.create());
    HttpApi.Response stale = api().put(path(id), byApplication(), "If-Match", "\"7\"");
    assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
    assertThat(stale.json().get("code").asString()).isEqualTo("version-mismatch");
    assertThat(admissionRowsOf(id)).isZero();
    assertThat(api().get(path(id)).body()).isEqualTo("{\"mode\":\"FIRST_COME\"}");

    HttpApi.Response current = api().put(path(id), byApplication(), "If-Match", "\"1\"");
    assertThat(current.status()).as(current.toString()).isEqualTo(200);
    assertThat(current.header("ETag")).isEqualTo("\"2\"");
  }

  @Test
  void aRetryWithTheSameIdempotencyKeyReplaysTheFirstAnswer() {
    String id = createProgram(ProgramRequests.create());
    HttpApi.Response first = api().put(path(id), byApplication(), "Idempotency-Key", "adm-" + id);
    api().put(path(id), firstCome());
    HttpApi.Response retry = api().put(path(id), byApplication(), "Idempotency-Key", "adm-" + id);

    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(retry.header("ETag")).isEqualTo(first.header("ETag")).isEqualTo("\"2\"");
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(api().get(path(id)).body()).isEqualTo("{\"mode\":\"FIRST_COME\"}");
  }

  private void assertConflictNaming(HttpApi.Response response, String field) {
    assertThat(response.status()).as(response.toString()).isEqualTo(409);
    assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    assertThat(response.json().get("code").asString()).isEqualTo("admission-conflict");
    assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
  }

  /** The admission row and its quota rows. */
  private long admissionRowsOf(String programId) {
    return jdbc.sql(
            "SELECT (SELECT count(*) FROM program_admission WHERE program_id = :id)"
                + " + (SELECT count(*) FROM program_admission_quota WHERE program_id = :id)")
        .param("id", programId)
        .query(Long.class)
        .single();
  }

  private static String capacity(String programId) {
    return "/programs/" + programId + "/capacity";
  }

  private static String schedule(String programId) {
    return "/programs/" + programId + "/schedule";
  }
}
