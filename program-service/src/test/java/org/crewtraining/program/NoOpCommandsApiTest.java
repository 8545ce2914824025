package org.crewtraining.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.crewtraining.events.programs.ProgramCapacityChanged;
import org.crewtraining.events.programs.ProgramScheduleChanged;
import org.junit.jupiter.api.Test;

/**
 * A command that changes nothing is a no-op: 200 with the current programme, the same version, no
 * outbox row and so no event. Proven on the broker by what the topic holds for the programme.
 */
class NoOpCommandsApiTest extends ProgramServiceIntegrationTest {

  @Test
  void repeatingTheSameScheduleChangesNothing() {
    String id = createProgram(ProgramRequests.create());
    Map<String, Object> schedule =
        Map.of(
            "startDate", "2026-04-06",
            "endDate", "2026-05-01",
            "reasonCode", "VENUE_AVAILABILITY",
            "note", "hall booked");
    assertThat(api().put("/programs/" + id + "/schedule", schedule).header("ETag"))
        .isEqualTo("\"2\"");

    for (Map<String, Object> same :
        new Map[] {
          schedule,
          schedule,
          Map.of("startDate", "2026-04-06", "endDate", "2026-05-01"),
          Map.of(
              "startDate", "2026-04-06",
              "endDate", "2026-05-01",
              "reasonCode", "OTHER",
              "note", "another note")
        }) {
      HttpApi.Response repeat = api().put("/programs/" + id + "/schedule", same);
      assertThat(repeat.status()).as(repeat.toString()).isEqualTo(200);
      assertThat(repeat.header("ETag")).isEqualTo("\"2\"");
      assertThat(repeat.json().get("version").asLong()).isEqualTo(2);
    }
    // The original dates are a change again.
    HttpApi.Response back =
        api()
            .put(
                "/programs/" + id + "/schedule",
                Map.of("startDate", "2026-03-02", "endDate", "2026-03-27"));
    assertThat(back.header("ETag")).isEqualTo("\"3\"");

    assertThat(outboxRowsOf(id)).isEqualTo(3);
    assertThat(version(id)).isEqualTo(3);
    var records = eventsOf(id, 3);
    assertThat(records).hasSize(3);
    assertThat(((ProgramScheduleChanged) records.get(1).value()).getStartDate())
        .isEqualTo(LocalDate.of(2026, 4, 6));
    assertThat(((ProgramScheduleChanged) records.get(2).value()).getStartDate())
        .isEqualTo(LocalDate.of(2026, 3, 2));
  }

  @Test
  void repeatingTheSameCapacityChangesNothingAtAnySize() {
    String id = createProgram(ProgramRequests.create());
    for (int capacity : new int[] {20, 200, 200, 10_000, 10_000}) {
      HttpApi.Response response =
          api().put("/programs/" + id + "/capacity", Map.of("capacity", capacity));
      assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    assertThat(version(id)).isEqualTo(3);
    assertThat(outboxRowsOf(id)).isEqualTo(3);
    var records = eventsOf(id, 3);
    assertThat(records).hasSize(3);
    assertThat(((ProgramCapacityChanged) records.get(1).value()).getNewCapacity()).isEqualTo(200);
    assertThat(((ProgramCapacityChanged) records.get(2).value()).getNewCapacity())
        .isEqualTo(10_000);
  }

  private long version(String id) {
    return jdbc.sql("SELECT version FROM program WHERE program_id = ?")
        .param(id)
        .query(Long.class)
        .single();
  }
}
