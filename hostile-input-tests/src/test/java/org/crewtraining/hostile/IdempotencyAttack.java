package org.crewtraining.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.hostile.Fixtures.JSON;

import java.util.Map;
import java.util.UUID;
import org.crewtraining.support.testing.TestUser;

/**
 * Two callers, one Idempotency-Key: the second caller's request runs as its own (its own new
 * programme or enrollment, never a replay of the first caller's stored answer), while the first
 * caller's retry still replays its own.
 */
final class IdempotencyAttack {

  private final Services services;
  private final Targets targets;
  private final Campaign campaign;
  private final String openProgramme;

  IdempotencyAttack(Services services, Targets targets, Campaign campaign, String openProgramme) {
    this.services = services;
    this.targets = targets;
    this.campaign = campaign;
    this.openProgramme = openProgramme;
  }

  void run(String key, boolean sameBody, boolean enrolment) {
    TestUser first = enrolment ? TestUser.REGISTRAR : TestUser.ADMIN;
    TestUser second = TestUser.OPERATOR;
    String url =
        enrolment
            ? services.enrollmentUrl + "/programs/" + openProgramme + "/enrollments"
            : services.programUrl + "/programs";
    String firstBody = body(enrolment);
    String secondBody = sameBody ? firstBody : body(enrolment);
    String idField = enrolment ? "enrollmentId" : "programId";

    Services.Response mine = call(first, url, firstBody, key);
    assertThat(mine.status()).as(mine.describe()).isEqualTo(201);
    Services.Response theirs = call(second, url, secondBody, key);
    String what = second + " reusing " + first + "'s key " + key + " → " + theirs.describe();
    if (sameBody && enrolment) {
      // The same participant cannot hold two enrollments: a 409 of its own, not a replay.
      assertThat(theirs.status()).as(what).isIn(201, 409);
    } else {
      assertThat(theirs.status()).as(what).isEqualTo(201);
    }
    assertThat(theirs.header("Idempotent-Replayed"))
        .as(what + ": only a replay carries the header")
        .isEmpty();
    if (theirs.status() == 201) {
      assertThat(theirs.text(idField)).as(what).isNotEqualTo(mine.text(idField));
    }
    Services.Response retry = call(first, url, firstBody, key);
    assertThat(retry.header("Idempotent-Replayed")).as(retry.describe()).isEqualTo("true");
    assertThat(retry.text(idField)).as(retry.describe()).isEqualTo(mine.text(idField));
  }

  private Services.Response call(TestUser user, String url, String body, String key) {
    return campaign.attempt(
        AttackClass.IDEMPOTENCY,
        user + " POST " + url + " Idempotency-Key " + key,
        () ->
            services.send(
                user.authorization(), "POST", url, body, JSON, Map.of("Idempotency-Key", key)));
  }

  private String body(boolean enrolment) {
    if (enrolment) {
      return "{\"participantId\":\"" + targets.participant().id() + "\"}";
    }
    return "{\"title\":\"Idempotent "
        + UUID.randomUUID()
        + "\",\"partners\":[\"KOCCA\"],\"format\":\"SEMINAR\",\"track\":\"SOUND\","
        + "\"audience\":\"OPEN\",\"capacity\":5,\"startDate\":\"2025-03-01\","
        + "\"endDate\":\"2025-03-02\",\"deliveryMode\":\"ONLINE\",\"cohortYear\":2025}";
  }
}
