package org.crewtraining.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.Events;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.enrollments.CompletionOutcome;
import org.crewtraining.events.enrollments.CompletionRecorded;
import org.crewtraining.events.enrollments.EnrollmentConfirmed;
import org.crewtraining.events.enrollments.EnrollmentPromoted;
import org.crewtraining.events.enrollments.EnrollmentStatus;
import org.crewtraining.events.enrollments.EnrollmentWaitlisted;
import org.crewtraining.events.enrollments.EnrollmentWithdrawn;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.events.enrollments.ProgressRecorded;
import org.crewtraining.events.enrollments.WithdrawalReason;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.DeliveryMode;
import org.crewtraining.events.programs.ProgramClosed;
import org.crewtraining.events.programs.ProgramCreated;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.events.programs.ProgramPublished;

/**
 * A realistic, valid history, one programme at a time: created + published, {@code enrollments}
 * enrolments (capacity 90 %, the rest waitlisted), two progress records per seat, 5 % of seats
 * withdrawn with the waitlist head promoted, an outcome (85 % completed) for every remaining seat,
 * then closed. About 3.8 events per enrolment, ~760 per programme at the default 200. Every
 * enrollment's events come in causal order, which is all the fold needs (key = programId). Seeded,
 * so two runs produce the same mix.
 */
final class EventMix {

  private static final LocalDate START = LocalDate.of(2025, 3, 3);
  private static final CraftTrack[] TRACKS = CraftTrack.values();
  private static final String[] PARTNERS = {"Netflix", "KOCCA", "KOFIC", "CJ ENM", "Studio Dragon"};

  private final int enrollmentsPerProgram;
  private final int participants;
  private final Random random = new Random(42);
  private Instant clock = Instant.parse("2025-01-06T00:00:00Z");

  EventMix(int enrollmentsPerProgram, int participants) {
    this.enrollmentsPerProgram = enrollmentsPerProgram;
    this.participants = participants;
  }

  /** One programme's whole history, in causal order. */
  List<SpecificRecord> program(int n) {
    String programId = "prg-bench-" + n;
    List<SpecificRecord> out = new ArrayList<>(enrollmentsPerProgram * 4 + 3);
    int capacity = Math.max(1, enrollmentsPerProgram * 9 / 10);
    CraftTrack track = TRACKS[n % (TRACKS.length - 1)];
    out.add(
        ProgramCreated.newBuilder()
            .setMetadata(meta("program-service"))
            .setProgramId(programId)
            .setTitle("Bench course " + n + ": " + track)
            .setPartners(
                List.of(PARTNERS[n % PARTNERS.length], PARTNERS[(n + 2) % PARTNERS.length]))
            .setFormat(ProgramFormat.values()[n % 5])
            .setTrack(track)
            .setAudience(Audience.OPEN)
            .setCapacity(capacity)
            .setStartDate(START)
            .setEndDate(START.plusDays(28))
            .setDeliveryMode(DeliveryMode.HYBRID)
            .setCohortYear(2023 + n % 3)
            .setLocation("Seoul")
            .setPlannedHours(40)
            .build());
    out.add(new ProgramPublished(meta("program-service"), programId, null, null));

    List<String[]> seated = new ArrayList<>(); // {enrollmentId, participantId}
    List<String[]> waiting = new ArrayList<>();
    for (int i = 0; i < enrollmentsPerProgram; i++) {
      String enrollmentId = "enr-" + n + "-" + i;
      String participantId = "ptc-" + random.nextInt(participants);
      ParticipantType type =
          random.nextInt(3) == 0
              ? ParticipantType.UNIVERSITY_STUDENT
              : ParticipantType.INDUSTRY_WORKER;
      CraftTrack craft = TRACKS[random.nextInt(TRACKS.length - 1)];
      if (i < capacity) {
        out.add(
            new EnrollmentConfirmed(
                meta("enrollment-service"), enrollmentId, programId, participantId, type, craft, null));
        seated.add(new String[] {enrollmentId, participantId});
      } else {
        out.add(
            new EnrollmentWaitlisted(
                meta("enrollment-service"),
                enrollmentId,
                programId,
                participantId,
                type,
                craft,
                waiting.size() + 1));
        waiting.add(new String[] {enrollmentId, participantId});
      }
    }
    for (int session = 1; session <= 2; session++) {
      for (String[] seat : seated) {
        out.add(
            new ProgressRecorded(
                meta("enrollment-service"),
                seat[0],
                programId,
                seat[1],
                session * 4,
                session * 12.0));
      }
    }
    List<String[]> finishing = new ArrayList<>(seated.size());
    for (String[] seat : seated) {
      if (random.nextInt(100) < 5) {
        out.add(
            new EnrollmentWithdrawn(
                meta("enrollment-service"),
                seat[0],
                programId,
                seat[1],
                EnrollmentStatus.CONFIRMED,
                null,
                WithdrawalReason.WORK_COMMITMENT));
        if (!waiting.isEmpty()) {
          String[] head = waiting.remove(0);
          out.add(
              new EnrollmentPromoted(meta("enrollment-service"), head[0], programId, head[1], 1));
          finishing.add(head);
        }
      } else {
        finishing.add(seat);
      }
    }
    for (String[] seat : finishing) {
      boolean completed = random.nextInt(100) < 85;
      out.add(
          new CompletionRecorded(
              meta("enrollment-service"),
              seat[0],
              programId,
              seat[1],
              completed ? CompletionOutcome.COMPLETED : CompletionOutcome.NOT_COMPLETED,
              completed ? 40.0 : 16.0,
              START.plusDays(28),
              completed ? "CERT-" + seat[0] : null, null));
    }
    out.add(new ProgramClosed(meta("program-service"), programId));
    return out;
  }

  /** Whole programmes until at least {@code total} events were handed over; returns the count. */
  long generate(long total, Consumer<SpecificRecord> sink) {
    long count = 0;
    for (int n = 0; count < total; n++) {
      for (SpecificRecord event : program(n)) {
        sink.accept(event);
        count++;
      }
    }
    return count;
  }

  private EventMetadata meta(String source) {
    clock = clock.plusMillis(7);
    return Events.newMetadata(source, "bench", null, "bench@crew", clock);
  }
}
