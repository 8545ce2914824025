package org.crewtraining.readmodels;

import static org.crewtraining.events.enrollments.CompletionOutcome.COMPLETED;
import static org.crewtraining.events.enrollments.CompletionOutcome.NOT_COMPLETED;
import static org.crewtraining.events.enrollments.ParticipantType.INDUSTRY_WORKER;
import static org.crewtraining.events.enrollments.ParticipantType.UNIVERSITY_STUDENT;
import static org.crewtraining.events.programs.ProgramFormat.SHORT_COURSE;
import static org.crewtraining.events.programs.ProgramFormat.WORKSHOP;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.Events;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.enrollments.CompletionOutcome;
import org.crewtraining.events.enrollments.CompletionRecorded;
import org.crewtraining.events.enrollments.EnrollmentConfirmed;
import org.crewtraining.events.enrollments.EnrollmentStatus;
import org.crewtraining.events.enrollments.EnrollmentWithdrawn;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.events.enrollments.WithdrawalReason;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.DeliveryMode;
import org.crewtraining.events.programs.ProgramCreated;
import org.crewtraining.events.programs.ProgramFormat;

/**
 * Two cohorts recorded over two years, for business period × knowledge time. Each event's
 * occurredAt (when it was recorded, the knowledge time) is fixed; cohort years and programme dates
 * (the business period) move by {@code yearShift}, so a test sharing a database with others can
 * give this history years of its own (shift 0: the 2023 and 2024 cohorts below).
 *
 * <pre>
 * programme  cohort  format        runs                     created (recorded)
 * A          2023    SHORT_COURSE  2023-09-01..2023-11-30   2023-08-01
 * B          2024    SHORT_COURSE  2024-03-04..2024-06-28   2024-02-01
 * C          2024    SHORT_COURSE  2024-10-01..2024-12-20   2024-09-01
 * D          2024    WORKSHOP      2024-12-02..2025-01-24   2024-11-01   (a 2024 cohort ending 2025)
 *
 * recorded    event
 * 2023-08-10  r confirmed in A (UNIVERSITY_STUDENT; r returns in B and C)
 * 2023-08-11  v confirmed in A (INDUSTRY_WORKER)
 * 2023-12-01  A: r completed (40 h), v not completed (10 h)
 * 2024-02-10  r confirmed in B
 * 2024-02-11  s confirmed in B (INDUSTRY_WORKER)
 * 2024-04-01  s withdrew from B (held a seat)
 * 2024-07-01  B: r completed (40 h)                            (after mid-2024)
 * 2024-09-10  r confirmed in C
 * 2024-09-11  t confirmed in C (UNIVERSITY_STUDENT)
 * 2024-11-05  u confirmed in D (INDUSTRY_WORKER)
 * 2024-12-21  C: t completed (30 h)
 * 2025-01-03  w confirmed in D (UNIVERSITY_STUDENT)            (after year end)
 * 2025-01-10  C: r completed (30 h), dated 2024-12-20          (a 2024 completion recorded in 2025)
 * 2025-02-01  D: u completed (16 h), w not completed (4 h)
 * </pre>
 *
 * 20 events: 9 recorded by 2024-06-30T23:59:59Z, 16 by 2024-12-31T23:59:59Z.
 */
public final class PeriodScenario {

  public static final Instant MID_2024 = Instant.parse("2024-06-30T23:59:59Z");
  public static final Instant YEAR_END_2024 = Instant.parse("2024-12-31T23:59:59Z");

  private final String x;
  private final int shift;

  private PeriodScenario(String x, int shift) {
    this.x = x;
    this.shift = shift;
  }

  public static String agency(String x) {
    return "Agency " + x;
  }

  /** The history with ids prefixed by {@code x}, cohort years and dates moved by yearShift. */
  public static List<SpecificRecord> events(String x, int yearShift) {
    return new PeriodScenario(x, yearShift).events();
  }

  private List<SpecificRecord> events() {
    return List.of(
        program("A", SHORT_COURSE, 2023, "2023-09-01", "2023-11-30", "2023-08-01T09:00:00Z"),
        confirmed("rA", "A", "r", UNIVERSITY_STUDENT, "2023-08-10T09:00:00Z"),
        confirmed("vA", "A", "v", INDUSTRY_WORKER, "2023-08-11T09:00:00Z"),
        completion("rA", "A", "r", COMPLETED, 40, "2023-11-30", "2023-12-01T09:00:00Z"),
        completion("vA", "A", "v", NOT_COMPLETED, 10, "2023-11-30", "2023-12-01T09:00:01Z"),
        program("B", SHORT_COURSE, 2024, "2024-03-04", "2024-06-28", "2024-02-01T09:00:00Z"),
        confirmed("rB", "B", "r", UNIVERSITY_STUDENT, "2024-02-10T09:00:00Z"),
        confirmed("sB", "B", "s", INDUSTRY_WORKER, "2024-02-11T09:00:00Z"),
        withdrawn("sB", "B", "s", "2024-04-01T09:00:00Z"),
        completion("rB", "B", "r", COMPLETED, 40, "2024-06-28", "2024-07-01T09:00:00Z"),
        program("C", SHORT_COURSE, 2024, "2024-10-01", "2024-12-20", "2024-09-01T09:00:00Z"),
        confirmed("rC", "C", "r", UNIVERSITY_STUDENT, "2024-09-10T09:00:00Z"),
        confirmed("tC", "C", "t", UNIVERSITY_STUDENT, "2024-09-11T09:00:00Z"),
        program("D", WORKSHOP, 2024, "2024-12-02", "2025-01-24", "2024-11-01T09:00:00Z"),
        confirmed("uD", "D", "u", INDUSTRY_WORKER, "2024-11-05T09:00:00Z"),
        completion("tC", "C", "t", COMPLETED, 30, "2024-12-20", "2024-12-21T09:00:00Z"),
        confirmed("wD", "D", "w", UNIVERSITY_STUDENT, "2025-01-03T09:00:00Z"),
        completion("rC", "C", "r", COMPLETED, 30, "2024-12-20", "2025-01-10T09:00:00Z"),
        completion("uD", "D", "u", COMPLETED, 16, "2025-01-24", "2025-02-01T09:00:00Z"),
        completion("wD", "D", "w", NOT_COMPLETED, 4, "2025-01-24", "2025-02-01T09:00:01Z"));
  }

  private ProgramCreated program(
      String id, ProgramFormat format, int cohort, String start, String end, String at) {
    return ProgramCreated.newBuilder()
        .setMetadata(meta("program-service", at))
        .setProgramId(x + "-" + id)
        .setTitle("Period " + id)
        .setPartners(List.of(agency(x)))
        .setFormat(format)
        .setTrack(CraftTrack.EDITING)
        .setAudience(Audience.OPEN)
        .setCapacity(10)
        .setStartDate(date(start))
        .setEndDate(date(end))
        .setDeliveryMode(DeliveryMode.IN_PERSON)
        .setCohortYear(cohort + shift)
        .setPlannedHours(40)
        .build();
  }

  private EnrollmentConfirmed confirmed(
      String enrollment, String program, String participant, ParticipantType type, String at) {
    return new EnrollmentConfirmed(
        meta("enrollment-service", at),
        x + "-" + enrollment,
        x + "-" + program,
        x + "-" + participant,
        type,
        CraftTrack.EDITING,
        null);
  }

  private EnrollmentWithdrawn withdrawn(
      String enrollment, String program, String participant, String at) {
    return new EnrollmentWithdrawn(
        meta("enrollment-service", at),
        x + "-" + enrollment,
        x + "-" + program,
        x + "-" + participant,
        EnrollmentStatus.CONFIRMED,
        null,
        WithdrawalReason.WORK_COMMITMENT);
  }

  private CompletionRecorded completion(
      String enrollment,
      String program,
      String participant,
      CompletionOutcome outcome,
      double hours,
      String completionDate,
      String at) {
    return new CompletionRecorded(
        meta("enrollment-service", at),
        x + "-" + enrollment,
        x + "-" + program,
        x + "-" + participant,
        outcome,
        hours,
        date(completionDate),
        outcome == COMPLETED ? "CERT-" + x + "-" + enrollment : null,
        null);
  }

  private LocalDate date(String iso) {
    return LocalDate.parse(iso).plusYears(shift);
  }

  private static EventMetadata meta(String source, String at) {
    return Events.newMetadata(source, "corr", null, null, Instant.parse(at));
  }
}
