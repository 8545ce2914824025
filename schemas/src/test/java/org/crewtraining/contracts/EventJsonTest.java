package org.crewtraining.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.events.programs.ProgramCreated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EventJsonTest {

  private final ObjectMapper mapper = new ObjectMapper();

  @ParameterizedTest
  @EnumSource(EventType.class)
  void everyEventRendersAsValidJsonWithItsMetadata(EventType type) throws Exception {
    SpecificRecord event = SampleEvents.of(type);

    JsonNode json = mapper.readTree(EventJson.toJson(event));

    assertThat(json.path("metadata").path("eventId").asText())
        .isEqualTo(Events.metadataOf(event).getEventId().toString());
    assertThat(json.path("metadata").path("occurredAt").asText()).isEqualTo("2024-06-01T09:00:00Z");
    assertThat(json.path("metadata").path("causationId").isNull()).isTrue();
  }

  @Test
  void unionsEnumsDatesAndArraysArePlainValues() throws Exception {
    ProgramCreated event = SampleEvents.programCreated("prg-\"quoted\"", 20);

    JsonNode json = mapper.readTree(EventJson.toJson(event));

    assertThat(json.path("programId").asText()).isEqualTo("prg-\"quoted\"");
    assertThat(json.path("format").asText()).isEqualTo("SHORT_COURSE");
    assertThat(json.path("startDate").asText()).isEqualTo("2024-07-01");
    assertThat(json.path("partners").get(1).asText()).isEqualTo("KOCCA");
    assertThat(json.path("location").asText()).isEqualTo("Seoul, Sangam");
    assertThat(json.path("plannedHours").asInt()).isEqualTo(40);
    assertThat(json.path("capacity").asInt()).isEqualTo(20);
  }
}
