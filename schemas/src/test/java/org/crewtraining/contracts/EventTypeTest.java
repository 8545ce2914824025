package org.crewtraining.contracts;

import static org.assertj.core.api.Assertions.assertThat;

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
}
