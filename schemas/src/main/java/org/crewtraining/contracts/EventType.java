package org.crewtraining.contracts;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.enrollments.ApplicationReviewed;
import org.crewtraining.events.enrollments.ApplicationSubmitted;
import org.crewtraining.events.enrollments.ApplicationWithdrawn;
import org.crewtraining.events.enrollments.AssessmentRecorded;
import org.crewtraining.events.enrollments.AttendanceCorrected;
import org.crewtraining.events.enrollments.AttendanceRecorded;
import org.crewtraining.events.enrollments.CertificateIssued;
import org.crewtraining.events.enrollments.CertificateRevoked;
import org.crewtraining.events.enrollments.CompletionOverridden;
import org.crewtraining.events.enrollments.CompletionRecorded;
import org.crewtraining.events.enrollments.EnrollmentCancelled;
import org.crewtraining.events.enrollments.EnrollmentConfirmed;
import org.crewtraining.events.enrollments.EnrollmentPromoted;
import org.crewtraining.events.enrollments.EnrollmentWaitlisted;
import org.crewtraining.events.enrollments.EnrollmentWithdrawn;
import org.crewtraining.events.enrollments.ParticipantErased;
import org.crewtraining.events.enrollments.ProgressRecorded;
import org.crewtraining.events.enrollments.SeatDeclined;
import org.crewtraining.events.enrollments.SeatOffered;
import org.crewtraining.events.enrollments.SelectionConfirmed;
import org.crewtraining.events.programs.ProgramCancelled;
import org.crewtraining.events.programs.ProgramCapacityChanged;
import org.crewtraining.events.programs.ProgramClosed;
import org.crewtraining.events.programs.ProgramCreated;
import org.crewtraining.events.programs.ProgramPublished;
import org.crewtraining.events.programs.ProgramScheduleChanged;
import org.crewtraining.events.programs.ProgramSessionCancelled;
import org.crewtraining.events.programs.ProgramSessionRescheduled;
import org.crewtraining.events.programs.ProgramSessionScheduled;
import org.crewtraining.events.reporting.CompletionMetricsUpdated;

/**
 * Every event that travels on the bus: its topic, its record key and its ids, read through the
 * generated getters (never by field name). Consumers dispatch with a {@code switch} expression over
 * this enum and no {@code default}, so adding an event here breaks the build of every fold and
 * applier until it has a case (see docs/architecture.md).
 */
public enum EventType {
  PROGRAM_CREATED(
      Topic.PROGRAM_EVENTS,
      programEvent(
          ProgramCreated.class, ProgramCreated::getMetadata, ProgramCreated::getProgramId)),
  PROGRAM_SCHEDULE_CHANGED(
      Topic.PROGRAM_EVENTS,
      programEvent(
          ProgramScheduleChanged.class,
          ProgramScheduleChanged::getMetadata,
          ProgramScheduleChanged::getProgramId)),
  PROGRAM_CAPACITY_CHANGED(
      Topic.PROGRAM_EVENTS,
      programEvent(
          ProgramCapacityChanged.class,
          ProgramCapacityChanged::getMetadata,
          ProgramCapacityChanged::getProgramId)),
  PROGRAM_PUBLISHED(
      Topic.PROGRAM_EVENTS,
      programEvent(
          ProgramPublished.class, ProgramPublished::getMetadata, ProgramPublished::getProgramId)),
  PROGRAM_CANCELLED(
      Topic.PROGRAM_EVENTS,
      programEvent(
          ProgramCancelled.class, ProgramCancelled::getMetadata, ProgramCancelled::getProgramId)),
  PROGRAM_CLOSED(
      Topic.PROGRAM_EVENTS,
      programEvent(ProgramClosed.class, ProgramClosed::getMetadata, ProgramClosed::getProgramId)),
  PROGRAM_SESSION_SCHEDULED(
      Topic.PROGRAM_EVENTS,
      programEvent(
          ProgramSessionScheduled.class,
          ProgramSessionScheduled::getMetadata,
          ProgramSessionScheduled::getProgramId)),
  PROGRAM_SESSION_RESCHEDULED(
      Topic.PROGRAM_EVENTS,
      programEvent(
          ProgramSessionRescheduled.class,
          ProgramSessionRescheduled::getMetadata,
          ProgramSessionRescheduled::getProgramId)),
  PROGRAM_SESSION_CANCELLED(
      Topic.PROGRAM_EVENTS,
      programEvent(
          ProgramSessionCancelled.class,
          ProgramSessionCancelled::getMetadata,
          ProgramSessionCancelled::getProgramId)),
  ENROLLMENT_CONFIRMED(
      Topic.ENROLLMENT_EVENTS,
      enrollmentEvent(
          EnrollmentConfirmed.class,
          EnrollmentConfirmed::getMetadata,
          EnrollmentConfirmed::getProgramId,
          EnrollmentConfirmed::getEnrollmentId,
          EnrollmentConfirmed::getParticipantId)),
  ENROLLMENT_WAITLISTED(
      Topic.ENROLLMENT_EVENTS,
      enrollmentEvent(
          EnrollmentWaitlisted.class,
          EnrollmentWaitlisted::getMetadata,
          EnrollmentWaitlisted::getProgramId,
          EnrollmentWaitlisted::getEnrollmentId,
          EnrollmentWaitlisted::getParticipantId)),
  ENROLLMENT_PROMOTED(
      Topic.ENROLLMENT_EVENTS,
      enrollmentEvent(
          EnrollmentPromoted.class,
          EnrollmentPromoted::getMetadata,
          EnrollmentPromoted::getProgramId,
          EnrollmentPromoted::getEnrollmentId,
          EnrollmentPromoted::getParticipantId)),
  ENROLLMENT_WITHDRAWN(
      Topic.ENROLLMENT_EVENTS,
      enrollmentEvent(
          EnrollmentWithdrawn.class,
          EnrollmentWithdrawn::getMetadata,
          EnrollmentWithdrawn::getProgramId,
          EnrollmentWithdrawn::getEnrollmentId,
          EnrollmentWithdrawn::getParticipantId)),
  ENROLLMENT_CANCELLED(
      Topic.ENROLLMENT_EVENTS,
      enrollmentEvent(
          EnrollmentCancelled.class,
          EnrollmentCancelled::getMetadata,
          EnrollmentCancelled::getProgramId,
          EnrollmentCancelled::getEnrollmentId,
          EnrollmentCancelled::getParticipantId)),
  PROGRESS_RECORDED(
      Topic.ENROLLMENT_EVENTS,
      enrollmentEvent(
          ProgressRecorded.class,
          ProgressRecorded::getMetadata,
          ProgressRecorded::getProgramId,
          ProgressRecorded::getEnrollmentId,
          ProgressRecorded::getParticipantId)),
  COMPLETION_RECORDED(
      Topic.ENROLLMENT_EVENTS,
      enrollmentEvent(
          CompletionRecorded.class,
          CompletionRecorded::getMetadata,
          CompletionRecorded::getProgramId,
          CompletionRecorded::getEnrollmentId,
          CompletionRecorded::getParticipantId)),
  ATTENDANCE_RECORDED(
      Topic.ENROLLMENT_EVENTS,
      enrollmentEvent(
          AttendanceRecorded.class,
          AttendanceRecorded::getMetadata,
          AttendanceRecorded::getProgramId,
          AttendanceRecorded::getEnrollmentId,
          AttendanceRecorded::getParticipantId)),
  ATTENDANCE_CORRECTED(
      Topic.ENROLLMENT_EVENTS,
      enrollmentEvent(
          AttendanceCorrected.class,
          AttendanceCorrected::getMetadata,
          AttendanceCorrected::getProgramId,
          AttendanceCorrected::getEnrollmentId,
          AttendanceCorrected::getParticipantId)),
  ASSESSMENT_RECORDED(
      Topic.ENROLLMENT_EVENTS,
      enrollmentEvent(
          AssessmentRecorded.class,
          AssessmentRecorded::getMetadata,
          AssessmentRecorded::getProgramId,
          AssessmentRecorded::getEnrollmentId,
          AssessmentRecorded::getParticipantId)),
  COMPLETION_OVERRIDDEN(
      Topic.ENROLLMENT_EVENTS,
      enrollmentEvent(
          CompletionOverridden.class,
          CompletionOverridden::getMetadata,
          CompletionOverridden::getProgramId,
          CompletionOverridden::getEnrollmentId,
          CompletionOverridden::getParticipantId)),
  CERTIFICATE_ISSUED(
      Topic.ENROLLMENT_EVENTS,
      enrollmentEvent(
          CertificateIssued.class,
          CertificateIssued::getMetadata,
          CertificateIssued::getProgramId,
          CertificateIssued::getEnrollmentId,
          CertificateIssued::getParticipantId)),
  CERTIFICATE_REVOKED(
      Topic.ENROLLMENT_EVENTS,
      enrollmentEvent(
          CertificateRevoked.class,
          CertificateRevoked::getMetadata,
          CertificateRevoked::getProgramId,
          CertificateRevoked::getEnrollmentId,
          CertificateRevoked::getParticipantId)),
  APPLICATION_SUBMITTED(
      Topic.ENROLLMENT_EVENTS,
      applicationEvent(
          ApplicationSubmitted.class,
          ApplicationSubmitted::getMetadata,
          ApplicationSubmitted::getProgramId,
          ApplicationSubmitted::getParticipantId)),
  APPLICATION_WITHDRAWN(
      Topic.ENROLLMENT_EVENTS,
      applicationEvent(
          ApplicationWithdrawn.class,
          ApplicationWithdrawn::getMetadata,
          ApplicationWithdrawn::getProgramId,
          ApplicationWithdrawn::getParticipantId)),
  APPLICATION_REVIEWED(
      Topic.ENROLLMENT_EVENTS,
      applicationEvent(
          ApplicationReviewed.class,
          ApplicationReviewed::getMetadata,
          ApplicationReviewed::getProgramId,
          ApplicationReviewed::getParticipantId)),
  SELECTION_CONFIRMED(
      Topic.ENROLLMENT_EVENTS,
      programEvent(
          SelectionConfirmed.class,
          SelectionConfirmed::getMetadata,
          SelectionConfirmed::getProgramId)),
  SEAT_OFFERED(
      Topic.ENROLLMENT_EVENTS,
      applicationEvent(
          SeatOffered.class,
          SeatOffered::getMetadata,
          SeatOffered::getProgramId,
          SeatOffered::getParticipantId)),
  SEAT_DECLINED(
      Topic.ENROLLMENT_EVENTS,
      applicationEvent(
          SeatDeclined.class,
          SeatDeclined::getMetadata,
          SeatDeclined::getProgramId,
          SeatDeclined::getParticipantId)),
  /** About one participant and no programme: keyed by the participant id. */
  PARTICIPANT_ERASED(
      Topic.ENROLLMENT_EVENTS,
      participantEvent(
          ParticipantErased.class,
          ParticipantErased::getMetadata,
          ParticipantErased::getParticipantId)),
  COMPLETION_METRICS_UPDATED(
      Topic.COMPLETION_METRICS,
      overallEvent(CompletionMetricsUpdated.class, CompletionMetricsUpdated::getMetadata));

  /** Key of {@link #COMPLETION_METRICS_UPDATED}: one ordered stream of overall figures. */
  public static final String OVERALL_METRICS_KEY = "overall";

  private static final Map<Class<?>, EventType> BY_CLASS =
      Arrays.stream(values()).collect(Collectors.toMap(t -> t.javaClass, Function.identity()));
  private static final Map<String, EventType> BY_NAME =
      Arrays.stream(values()).collect(Collectors.toMap(EventType::fullName, Function.identity()));

  private final Topic topic;
  private final Class<? extends SpecificRecord> javaClass;
  private final Schema currentSchema;
  private final Accessors accessors;

  EventType(Topic topic, Accessors accessors) {
    this.topic = topic;
    this.javaClass = accessors.javaClass();
    this.currentSchema = SpecificData.get().getSchema(javaClass);
    this.accessors = accessors;
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

  /**
   * The schema-registry subject of this event: {@code <topic>-<record full name>}
   * (TopicRecordNameStrategy), since one topic carries several event types.
   */
  public String subject() {
    return topic.topicName() + "-" + fullName();
  }

  /**
   * The record key: the programme id, so all events of a programme stay in order; the participant
   * id for an event about a participant and no programme ({@link #PARTICIPANT_ERASED}); {@link
   * #OVERALL_METRICS_KEY} for the metrics stream.
   */
  public String keyOf(SpecificRecord event) {
    String programId = programIdOf(event);
    if (programId != null) {
      return programId;
    }
    String participantId = participantIdOf(event);
    return participantId == null ? OVERALL_METRICS_KEY : participantId;
  }

  public EventMetadata metadataOf(SpecificRecord event) {
    return accessors.metadata().apply(event);
  }

  /** The programme the event is about; null for an event about no single programme (metrics). */
  public String programIdOf(SpecificRecord event) {
    return accessors.programId().apply(event);
  }

  /** The enrollment the event is about; null for programme and metrics events. */
  public String enrollmentIdOf(SpecificRecord event) {
    return accessors.enrollmentId().apply(event);
  }

  /** The participant the event is about; null for programme and metrics events. */
  public String participantIdOf(SpecificRecord event) {
    return accessors.participantId().apply(event);
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

  /** The event type of this full Avro name, if the catalogue has one. */
  public static java.util.Optional<EventType> findByFullName(String fullName) {
    return java.util.Optional.ofNullable(BY_NAME.get(fullName));
  }

  /** How to read an event's metadata and ids with its generated getters. */
  private record Accessors(
      Class<? extends SpecificRecord> javaClass,
      Function<SpecificRecord, EventMetadata> metadata,
      Function<SpecificRecord, String> programId,
      Function<SpecificRecord, String> enrollmentId,
      Function<SpecificRecord, String> participantId) {}

  private static <T extends SpecificRecord> Accessors programEvent(
      Class<T> type, Function<T, EventMetadata> metadata, Function<T, String> programId) {
    return enrollmentEvent(type, metadata, programId, e -> null, e -> null);
  }

  private static <T extends SpecificRecord> Accessors enrollmentEvent(
      Class<T> type,
      Function<T, EventMetadata> metadata,
      Function<T, String> programId,
      Function<T, String> enrollmentId,
      Function<T, String> participantId) {
    return new Accessors(
        type,
        e -> metadata.apply(type.cast(e)),
        e -> programId.apply(type.cast(e)),
        e -> enrollmentId.apply(type.cast(e)),
        e -> participantId.apply(type.cast(e)));
  }

  /** An application's event: about a participant, before (or without) an enrolment. */
  private static <T extends SpecificRecord> Accessors applicationEvent(
      Class<T> type,
      Function<T, EventMetadata> metadata,
      Function<T, String> programId,
      Function<T, String> participantId) {
    return enrollmentEvent(type, metadata, programId, e -> null, participantId);
  }

  /** An event about one participant, of no programme or enrolment. */
  private static <T extends SpecificRecord> Accessors participantEvent(
      Class<T> type, Function<T, EventMetadata> metadata, Function<T, String> participantId) {
    return enrollmentEvent(type, metadata, e -> null, e -> null, participantId);
  }

  private static <T extends SpecificRecord> Accessors overallEvent(
      Class<T> type, Function<T, EventMetadata> metadata) {
    return enrollmentEvent(type, metadata, e -> null, e -> null, e -> null);
  }
}
