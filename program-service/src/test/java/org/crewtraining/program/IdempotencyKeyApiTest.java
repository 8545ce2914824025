package org.crewtraining.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.crewtraining.support.testing.TestUser;
import org.junit.jupiter.api.Test;

/** A retried request with the same Idempotency-Key is answered again, not executed again. */
class IdempotencyKeyApiTest extends ProgramServiceIntegrationTest {

  @Test
  void aRetriedCreateReturnsTheSameProgrammeAndEmitsOneEvent() {
    String key = "create-" + UUID.randomUUID();
    String partner = "Idempotent Partner " + key;
    Map<String, Object> body = ProgramRequests.create(partner);

    HttpApi.Response first = api().post("/programs", body, "Idempotency-Key", key);
    HttpApi.Response retry = api().post("/programs", body, "Idempotency-Key", key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(retry.status()).isEqualTo(201);
    assertThat(retry.json()).isEqualTo(first.json());
    assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    assertThat(first.header("Idempotent-Replayed")).isNull();
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    String id = first.json().get("programId").asString();
    assertThat(
            jdbc.sql("SELECT count(*) FROM program WHERE ? = ANY(partners)")
                .param(partner)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(outboxRowsOf(id)).isEqualTo(1);
    assertThat(eventsOf(id, 1)).hasSize(1);
  }

  @Test
  void theSameKeyWithADifferentBodyIs422AndCreatesNothing() {
    String key = "reuse-" + UUID.randomUUID();
    api().post("/programs", ProgramRequests.create(), "Idempotency-Key", key);
    long programs = rows("program");
    long events = rows("outbox_event");

    HttpApi.Response reused =
        api()
            .post(
                "/programs",
                ProgramRequests.with(ProgramRequests.create(), "capacity", 99),
                "Idempotency-Key",
                key);

    assertThat(reused.status()).isEqualTo(422);
    assertThat(reused.json().get("code").asString()).isEqualTo("idempotency-key-reused");
    assertThat(rows("program")).isEqualTo(programs);
    assertThat(rows("outbox_event")).isEqualTo(events);
  }

  @Test
  void aKeyIsTheSendersOwnAnotherUserWithTheSameKeyGetsANewProgrammeNotTheFirstAnswer() {
    String key = "shared-" + UUID.randomUUID();
    Map<String, Object> body = ProgramRequests.create("Per-user Partner " + key);
    HttpApi admin = new HttpApi(port(), TestUser.ADMIN);
    HttpApi operator = new HttpApi(port(), TestUser.OPERATOR);

    HttpApi.Response first = admin.post("/programs", body, "Idempotency-Key", key);
    HttpApi.Response other = operator.post("/programs", body, "Idempotency-Key", key);
    HttpApi.Response otherWithAnotherBody =
        operator.post(
            "/programs", ProgramRequests.with(body, "capacity", 7), "Idempotency-Key", key);
    HttpApi.Response firstRetried = admin.post("/programs", body, "Idempotency-Key", key);

    assertThat(first.status()).isEqualTo(201);
    assertThat(other.status()).as("ran afresh for the second user").isEqualTo(201);
    assertThat(other.header("Idempotent-Replayed")).isNull();
    String mine = first.json().get("programId").asString();
    String theirs = other.json().get("programId").asString();
    assertThat(theirs).isNotEqualTo(mine);
    assertThat(otherWithAnotherBody.status())
        .as("the key is the second user's now: another body reuses it")
        .isEqualTo(422);
    assertThat(firstRetried.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(firstRetried.json().get("programId").asString()).isEqualTo(mine);
    assertThat(outboxRowsOf(mine)).isEqualTo(1);
    assertThat(outboxRowsOf(theirs)).isEqualTo(1);
    assertThat(
            jdbc.sql("SELECT principal FROM idempotency_key WHERE idempotency_key = ? ORDER BY 1")
                .param(key)
                .query(String.class)
                .list())
        .containsExactly("admin", "operator");
  }

  @Test
  void aRetriedTransitionIsReplayedInsteadOfRefused() {
    String id = createProgram(ProgramRequests.create());
    String key = "publish-" + UUID.randomUUID();

    HttpApi.Response first =
        api().post("/programs/" + id + "/publish", null, "Idempotency-Key", key);
    HttpApi.Response retry =
        api().post("/programs/" + id + "/publish", null, "Idempotency-Key", key);

    assertThat(first.status()).isEqualTo(200);
    assertThat(retry.status()).as("a replay, not a 409").isEqualTo(200);
    assertThat(retry.json()).isEqualTo(first.json());
    assertThat(outboxRowsOf(id)).isEqualTo(2);
  }
}
