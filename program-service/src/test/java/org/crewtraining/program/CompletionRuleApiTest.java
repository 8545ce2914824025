package org.crewtraining.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crewtraining.program.ProgramRequests.with;
import static org.crewtraining.program.SessionRequests.schedule;

import java.util.List;
import java.util.Map;
import org.crewtraining.events.programs.CompletionRule;
import org.crewtraining.events.programs.ProgramPublished;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The completion rule: the default 80 % rule until one is set, set only while DRAFT, frozen into
 * ProgramPublished, and never naming a session that does not take place.
 */
class CompletionRuleApiTest extends ProgramServiceIntegrationTest {

  @Test
  void theRuleSetWhileDraftIsFrozenIntoProgramPublished() {
    String id = createProgram(ProgramRequests.create());
    HttpApi.Response initial = api().get(rule(id));
    assertThat(initial.status()).isEqualTo(200);
    assertThat(initial.header("ETag")).isEqualTo("\"1\"");
    assertThat(initial.json())
        .isEqualTo(
            HttpApi.JSON.valueToTree(
                Map.of(
                    "programId",
                    id,
                    "minAttendedPercent",
                    80,
                    "requiredSessionIds",
                    List.of(),
                    "assessmentRequired",
                    false,
                    "defaultRule",
                    true,
                    "frozen",
                    false,
                    "version",
                    1)));
    String first = addSession(id, "2026-03-03");
    String second = addSession(id, "2026-03-10");

    Map<String, Object> body =
        Map.of(
            "minAttendedPercent",
            90,
            "requiredSessionIds",
            List.of(second, first),
            "assessmentRequired",
            true);
    HttpApi.Response set = api().put(rule(id), body);
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(set.header("ETag")).isEqualTo("\"4\"");
    assertThat(set.json().get("defaultRule").asBoolean()).isFalse();
    assertThat(set.json().get("requiredSessionIds"))
        .extracting(JsonNode::asString)
        .containsExactly(second, first);
    HttpApi.Response again = api().put(rule(id), body);
    assertThat(again.header("ETag")).as("the same rule again is a no-op").isEqualTo("\"4\"");
    assertThat(api().get(rule(id)).json()).isEqualTo(set.json());

    HttpApi.Response required =
        api().post(sessions(id) + "/" + first + "/cancel", Map.of("reasonCode", "OTHER"));
    assertThat(required.status()).as(required.toString()).isEqualTo(409);
    assertThat(required.json().get("code").asString()).isEqualTo("session-required");

    assertThat(api().post("/programs/" + id + "/publish", null).status()).isEqualTo(200);
    HttpApi.Response frozen = api().put(rule(id), Map.of("minAttendedPercent", 70));
    assertThat(frozen.status()).isEqualTo(409);
    assertThat(frozen.json().get("code").asString()).isEqualTo("completion-rule-frozen");
    assertThat(api().get(rule(id)).json().get("frozen").asBoolean()).isTrue();
    // Once published, a required session may still be called off: it no longer counts.
    assertThat(
            api()
                .post(sessions(id) + "/" + first + "/cancel", Map.of("reasonCode", "OTHER"))
                .status())
        .isEqualTo(200);

    // Created, two sessions scheduled, published, one cancelled: setting the rule emitted nothing.
    var records = eventsOf(id, 5);
    assertThat(records).hasSize(5);
    ProgramPublished published = (ProgramPublished) records.get(3).value();
    assertThat(published.getCompletionRule())
        .isEqualTo(new CompletionRule(90, List.of(second, first), true));
    assertThat(api().get(rule(id)).json().get("minAttendedPercent").asInt()).isEqualTo(90);
  }

  @Test
  void fieldsLeftOutTakeTheDefaultAndTheDefaultAgainIsANoOp() {
    String id = createProgram(ProgramRequests.create());
    HttpApi.Response same = api().put(rule(id), Map.of());
    assertThat(same.status()).isEqualTo(200);
    assertThat(same.header("ETag")).isEqualTo("\"1\"");
    assertThat(same.json().get("defaultRule").asBoolean()).isTrue();

    HttpApi.Response lower = api().put(rule(id), Map.of("minAttendedPercent", 0));
    assertThat(lower.header("ETag")).isEqualTo("\"2\"");
    assertThat(lower.json().get("minAttendedPercent").asInt()).isZero();
    assertThat(lower.json().get("assessmentRequired").asBoolean()).isFalse();
    assertThat(rows("program_completion_rule")).isPositive();
    assertThat(outboxRowsOf(id)).as("a rule is no event until published").isEqualTo(1);
  }

  @Test
  void aRequiredSessionMustBeAnActiveSessionOfThisProgramme() {
    String id = createProgram(ProgramRequests.create());
    String other = createProgram(ProgramRequests.create());
    String foreign = addSession(other, "2026-03-03");
    String cancelled = addSession(id, "2026-03-04");
    api().post(sessions(id) + "/" + cancelled + "/cancel", Map.of("reasonCode", "OTHER"));

    for (String session : List.of(foreign, cancelled, "ses-unknown")) {
      HttpApi.Response refused =
          api().put(rule(id), Map.of("requiredSessionIds", List.of(session)));
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(refused.json().get("errors").get(0).get("field").asString())
          .isEqualTo("requiredSessionIds[0]");
    }
    assertThat(api().get(rule(id)).json().get("defaultRule").asBoolean()).isTrue();
  }

  private String addSession(String programId, String date) {
    HttpApi.Response added = api().post(sessions(programId), with(schedule(), "date", date));
    assertThat(added.status()).as(added.toString()).isEqualTo(201);
    return added.json().get("sessionId").asString();
  }

  private static String rule(String programId) {
    return "/programs/" + programId + "/completion-rule";
  }

  private static String sessions(String programId) {
    return "/programs/" + programId + "/sessions";
  }
}
