package org.crewtraining.readmodels;

import static org.crewtraining.events.enrollments.CompletionOutcome.COMPLETED;
import static org.crewtraining.events.enrollments.CompletionOutcome.NOT_COMPLETED;
import static org.crewtraining.events.enrollments.EnrollmentStatus.CONFIRMED;
import static org.crewtraining.events.enrollments.EnrollmentStatus.WAITLISTED;
import static org.crewtraining.events.enrollments.ParticipantType.INDUSTRY_WORKER;
import static org.crewtraining.events.enrollments.ParticipantType.UNIVERSITY_STUDENT;
import static org.crewtraining.readmodels.TestEvents.capacity;
import static org.crewtraining.readmodels.TestEvents.closed;
import static org.crewtraining.readmodels.TestEvents.confirmed;
import static org.crewtraining.readmodels.TestEvents.created;
import static org.crewtraining.readmodels.TestEvents.enrollmentCancelled;
import static org.crewtraining.readmodels.TestEvents.outcome;
import static org.crewtraining.readmodels.TestEvents.programCancelled;
import static org.crewtraining.readmodels.TestEvents.progress;
import static org.crewtraining.readmodels.TestEvents.promoted;
import static org.crewtraining.readmodels.TestEvents.published;
import static org.crewtraining.readmodels.TestEvents.waitlisted;
import static org.crewtraining.readmodels.TestEvents.withdrawn;

import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.ProgramFormat;

/**
 * Two programmes whose stories cover every event type. All ids start with a prefix so that tests
 * sharing one database and broker do not see each other's data.
 */
public final class Scenarios {

  private Scenarios() {}

  public static String p1(String prefix) {
    return prefix + "-p1";
  }

  public static String p2(String prefix) {
    return prefix + "-p2";
  }

  /** Participant "a" is in both programmes. */
  public static String participantA(String prefix) {
    return prefix + "-a";
  }

  /** Programme events of P1 (both). */
  public static List<SpecificRecord> programmeEvents(String x) {
    return List.of(
        created(
            p1(x),
            "Colour grading for series",
            List.of("Netflix", "KOCCA"),
            ProgramFormat.SHORT_COURSE,
            CraftTrack.POST_PRODUCTION,
            2024,
            2),
        published(p1(x)),
        created(
            p2(x),
            "Virtual production workshop",
            List.of("CJ ENM"),
            ProgramFormat.WORKSHOP,
            CraftTrack.VFX,
            2025,
            10),
        published(p2(x)),
        capacity(p1(x), 2, 3),
        programCancelled(p2(x)),
        closed(p1(x)));
  }

  /**
   * P1 (capacity 2, raised to 3): a and b confirmed, c and d waitlisted; a withdraws after 4 h, c
   * is promoted; d leaves the waitlist; b completes (40 h), c does not (12 h). P2 (cancelled): a
   * confirmed, e waitlisted, both cancelled with the programme.
   */
  public static List<SpecificRecord> enrollmentEvents(String x) {
    String a = participantA(x);
    return List.of(
        confirmed(x + "-e1", p1(x), a, INDUSTRY_WORKER),
        confirmed(x + "-e2", p1(x), x + "-b", UNIVERSITY_STUDENT),
        waitlisted(x + "-e3", p1(x), x + "-c", INDUSTRY_WORKER),
        waitlisted(x + "-e4", p1(x), x + "-d", UNIVERSITY_STUDENT),
        confirmed(x + "-e5", p2(x), a, INDUSTRY_WORKER),
        waitlisted(x + "-e6", p2(x), x + "-e", INDUSTRY_WORKER),
        progress(x + "-e1", p1(x), a, 4.0),
        withdrawn(x + "-e1", p1(x), a, CONFIRMED),
        promoted(x + "-e3", p1(x), x + "-c"),
        withdrawn(x + "-e4", p1(x), x + "-d", WAITLISTED),
        enrollmentCancelled(x + "-e5", p2(x), a, CONFIRMED),
        enrollmentCancelled(x + "-e6", p2(x), x + "-e", WAITLISTED),
        progress(x + "-e2", p1(x), x + "-b", 20.0),
        outcome(x + "-e2", p1(x), x + "-b", COMPLETED, 40.0),
        outcome(x + "-e3", p1(x), x + "-c", NOT_COMPLETED, 12.0));
  }

  /** Programme events first, then enrollment events: the "natural" order. */
  public static List<SpecificRecord> all(String x) {
    List<SpecificRecord> all = new ArrayList<>(programmeEvents(x));
    all.addAll(enrollmentEvents(x));
    return all;
  }
}
