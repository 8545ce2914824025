package org.crewtraining.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;

class EventTypeTest {

  @Test
  void anEventIsMisplacedOnlyOnAnotherCatalogueTopic() {
    EventType published = EventType.PROGRAM_PUBLISHED;

    assertThat(published.isMisplacedOn(Topic.PROGRAM_EVENTS.topicName())).isFalse();
    assertThat(published.isMisplacedOn(Topic.ENROLLMENT_EVENTS.topicName())).isTrue();
    assertThat(published.isMisplacedOn(Topic.COMPLETION_METRICS.topicName())).isTrue();
    // Dead-letter and foreign topics carry whatever was parked there.
    assertThat(published.isMisplacedOn(Topic.deadLetterTopicFor("training.enrollment-events")))
        .isFalse();
  }

  @Test
  void everyEventsIdsComeFromItsOwnFields() {
    SampleEvents.all()
        .forEach(
            (type, event) -> {
              assertThat(type.metadataOf(event)).isSameAs(field(event, "metadata"));
              assertThat(type.programIdOf(event)).isEqualTo(field(event, "programId"));
              assertThat(type.enrollmentIdOf(event)).isEqualTo(field(event, "enrollmentId"));
              assertThat(type.participantIdOf(event)).isEqualTo(field(event, "participantId"));
            });
    assertThat(Events.programIdOf(SampleEvents.of(EventType.COMPLETION_RECORDED)))
        .isEqualTo(SampleEvents.PROGRAM_ID);
  }

  @Test
  void theKeyIsTheProgrammeTheParticipantOrTheOverallMetricsStream() {
    SampleEvents.all()
        .forEach(
            (type, event) ->
                assertThat(type.keyOf(event)).isEqualTo(SampleEvents.expectedKey(type)));
  }

  @Test
  void anEventOfAnotherTypeIsRefused() {
    SpecificRecord closed = SampleEvents.of(EventType.PROGRAM_CLOSED);

    assertThatThrownBy(() -> EventType.COMPLETION_RECORDED.programIdOf(closed))
        .isInstanceOf(ClassCastException.class);
  }

  /** The oracle: the field of that name, as the schema declares it (null if it has none). */
  private static Object field(SpecificRecord event, String name) {
    var field = event.getSchema().getField(name);
    return field == null ? null : event.get(field.pos());
  }
}
