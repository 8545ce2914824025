package org.crewtraining.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.crewtraining.events.programs.ProgramCapacityChanged;
import org.junit.jupiter.api.Test;

/**
 * Changes racing on one programme are serialized by its row lock: none is lost or refused, and the
 * events tell one consistent story in commit order (each change starts where the previous ended).
 */
class ConcurrentChangesApiTest extends ProgramServiceIntegrationTest {

  private static final int CHANGES = 8;

  @Test
  void racingCapacityChangesAllApplyAndTheirEventsChainInOrder() throws Exception {
    String id = createProgram(ProgramRequests.create());
    List<Callable<Integer>> changes = new ArrayList<>();
    for (int i = 1; i <= CHANGES; i++) {
      int capacity = 100 + i;
      changes.add(
          () -> api().put("/programs/" + id + "/capacity", Map.of("capacity", capacity)).status());
    }

    ExecutorService pool = Executors.newFixedThreadPool(CHANGES);
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<Integer> result : pool.invokeAll(changes)) {
        statuses.add(result.get());
      }
    } finally {
      pool.shutdown();
    }

    assertThat(statuses).containsOnly(200);
    List<ConsumerRecord<String, SpecificRecord>> records = eventsOf(id, CHANGES + 1);
    assertThat(records).hasSize(CHANGES + 1);
    int expectedPrevious = 20;
    for (ConsumerRecord<String, SpecificRecord> record : records.subList(1, records.size())) {
      ProgramCapacityChanged changed = (ProgramCapacityChanged) record.value();
      assertThat(changed.getPreviousCapacity()).isEqualTo(expectedPrevious);
      expectedPrevious = changed.getNewCapacity();
    }
    var program = api().get("/programs/" + id).json();
    assertThat(program.get("capacity").asInt()).isEqualTo(expectedPrevious);
    assertThat(program.get("version").asLong()).isEqualTo(CHANGES + 1);
  }
}
