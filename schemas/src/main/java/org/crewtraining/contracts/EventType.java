package org.crewtraining.contracts;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.events.enrollments.CompletionRecorded;
import org.crewtraining.events.enrollments.EnrollmentCancelled;
import org.crewtraining.events.enrollments.EnrollmentConfirmed;
import org.crewtraining.events.enrollments.EnrollmentPromoted;
import org.crewtraining.events.enrollments.EnrollmentWaitlisted;
import org.crewtraining.events.enrollments.EnrollmentWithdrawn;
import org.crewtraining.events.enrollments.ProgressRecorded;
import org.crewtraining.events.programs.ProgramCancelled;
import org.crewtraining.events.programs.ProgramCapacityChanged;
import org.crewtraining.events.programs.ProgramClosed;
import org.crewtraining.events.programs.ProgramCreated;
import org.crewtraining.events.programs.ProgramPublished;
import org.crewtraining.events.programs.ProgramScheduleChanged;
import org.crewtraining.events.reporting.CompletionMetricsUpdated;

/** Every event that travels on the bus, with its topic and how its record key is derived. */
public enum EventType {
  PROGRAM_CREATED(ProgramCreated.class, ProgramCreated.getClassSchema(), Topic.PROGRAM_EVENTS),
  PROGRAM_SCHEDULE_CHANGED(
      ProgramScheduleChanged.class, ProgramScheduleChanged.getClassSchema(), Topic.PROGRAM_EVENTS),
  PROGRAM_CAPACITY_CHANGED(
      ProgramCapacityChanged.class, ProgramCapacityChanged.getClassSchema(), Topic.PROGRAM_EVENTS),
  PROGRAM_PUBLISHED(
      ProgramPublished.class, ProgramPublished.getClassSchema(), Topic.PROGRAM_EVENTS),
  PROGRAM_CANCELLED(
      ProgramCancelled.class, ProgramCancelled.getClassSchema(), Topic.PROGRAM_EVENTS),
  PROGRAM_CLOSED(ProgramClosed.class, ProgramClosed.getClassSchema(), Topic.PROGRAM_EVENTS),
  ENROLLMENT_CONFIRMED(
      EnrollmentConfirmed.class, EnrollmentConfirmed.getClassSchema(), Topic.ENROLLMENT_EVENTS),
  ENROLLMENT_WAITLISTED(
      EnrollmentWaitlisted.class, EnrollmentWaitlisted.getClassSchema(), Topic.ENROLLMENT_EVENTS),
  ENROLLMENT_PROMOTED(
      EnrollmentPromoted.class, EnrollmentPromoted.getClassSchema(), Topic.ENROLLMENT_EVENTS),
  ENROLLMENT_WITHDRAWN(
      EnrollmentWithdrawn.class, EnrollmentWithdrawn.getClassSchema(), Topic.ENROLLMENT_EVENTS),
  ENROLLMENT_CANCELLED(
      EnrollmentCancelled.class, EnrollmentCancelled.getClassSchema(), Topic.ENROLLMENT_EVENTS),
  PROGRESS_RECORDED(
      ProgressRecorded.class, ProgressRecorded.getClassSchema(), Topic.ENROLLMENT_EVENTS),
  COMPLETION_RECORDED(
      CompletionRecorded.class, CompletionRecorded.getClassSchema(), Topic.ENROLLMENT_EVENTS),
  COMPLETION_METRICS_UPDATED(
      CompletionMetricsUpdated.class,
      CompletionMetricsUpdated.getClassSchema(),
      Topic.COMPLETION_METRICS);

  /** Key of {@link #COMPLETION_METRICS_UPDATED}: one ordered stream of overall figures. */
  public static final String OVERALL_METRICS_KEY = "overall";

  private static final Map<Class<?>, EventType> BY_CLASS =
      Arrays.stream(values()).collect(Collectors.toMap(t -> t.javaClass, Function.identity()));
  private static final Map<String, EventType> BY_NAME =
      Arrays.stream(values()).collect(Collectors.toMap(EventType::fullName, Function.identity()));

  private final Class<? extends SpecificRecord> javaClass;
  private final Schema currentSchema;
  private final Topic topic;

  EventType(Class<? extends SpecificRecord> javaClass, Schema currentSchema, Topic topic) {
    this.javaClass = javaClass;
    this.currentSchema = currentSchema;
    this.topic = topic;
  }

  public Class<? extends SpecificRecord> javaClass() {
    return javaClass;
  }

  /** The schema the generated class was built from: the newest published version. */
  public Schema currentSchema() {
    return currentSchema;
  }

  /** Full Avro name, also used as the CloudEvents {@code ce_type}. */
  public String fullName() {
    return currentSchema.getFullName();
  }

  public String simpleName() {
    return currentSchema.getName();
  }

  public Topic topic() {
    return topic;
  }

  /** The record key: the programme id, so all events of a programme stay in order. */
  public String keyOf(SpecificRecord event) {
    if (this == COMPLETION_METRICS_UPDATED) {
      return OVERALL_METRICS_KEY;
    }
    return (String) event.get(currentSchema.getField("programId").pos());
  }

  /**
   * Whether this event sits on a catalogue topic that is not its own. Such a record is no event of
   * that topic: consumers park it on the DLT, and replays, audit and verification skip it.
   */
  public boolean isMisplacedOn(String topicName) {
    return !topic.topicName().equals(topicName) && Topic.isEventTopic(topicName);
  }

  public static EventType of(SpecificRecord event) {
    return ofClass(event.getClass());
  }

  public static EventType ofClass(Class<?> type) {
    EventType eventType = BY_CLASS.get(type);
    if (eventType == null) {
      throw new IllegalArgumentException(type.getName() + " is not an event of the catalogue");
    }
    return eventType;
  }

  public static EventType ofFullName(String fullName) {
    EventType eventType = BY_NAME.get(fullName);
    if (eventType == null) {
      throw new IllegalArgumentException(fullName + " is not an event of the catalogue");
    }
    return eventType;
  }
}
