package org.crewtraining.readmodels;

import static org.crewtraining.events.enrollments.AttendanceStatus.ABSENT;
import static org.crewtraining.events.enrollments.AttendanceStatus.EXCUSED;
import static org.crewtraining.events.enrollments.AttendanceStatus.LATE;
import static org.crewtraining.events.enrollments.AttendanceStatus.PRESENT;
import static org.crewtraining.events.enrollments.CompletionOutcome.COMPLETED;
import static org.crewtraining.events.enrollments.CompletionOutcome.NOT_COMPLETED;
import static org.crewtraining.events.enrollments.ParticipantType.INDUSTRY_WORKER;
import static org.crewtraining.readmodels.TestEvents.START;
import static org.crewtraining.readmodels.TestEvents.assessment;
import static org.crewtraining.readmodels.TestEvents.attendance;
import static org.crewtraining.readmodels.TestEvents.certificate;
import static org.crewtraining.readmodels.TestEvents.confirmed;
import static org.crewtraining.readmodels.TestEvents.corrected;
import static org.crewtraining.readmodels.TestEvents.created;
import static org.crewtraining.readmodels.TestEvents.outcome;
import static org.crewtraining.readmodels.TestEvents.overridden;
import static org.crewtraining.readmodels.TestEvents.published;
import static org.crewtraining.readmodels.TestEvents.rescheduled;
import static org.crewtraining.readmodels.TestEvents.revoked;
import static org.crewtraining.readmodels.TestEvents.ruleOutcome;
import static org.crewtraining.readmodels.TestEvents.session;
import static org.crewtraining.readmodels.TestEvents.sessionCancelled;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.ProgramFormat;

/**
 * One programme with sessions, attendance, each basis of completion and certificates. Sessions: s1
 * (180 min), s2 (150 min, moved to the next day at 160 min), s3 (120 min, cancelled): 340 planned
 * minutes. Crew: e1 present at s1, late at s2, present at the cancelled s3, completes by the rule
 * and gets certificate c1; e2 absent at s1 corrected to excused, present at s2, fails by the rule,
 * is overridden to completed, gets c2 which is revoked; e3 present at s1, absent at s9 (never
 * scheduled), passes an assessment and completes by hand. Ids start with a prefix.
 */
public final class SessionScenario {

  private SessionScenario() {}

  public static String program(String prefix) {
    return prefix + "-sp";
  }

  public static String enrollment(String prefix, int n) {
    return prefix + "-se" + n;
  }

  public static String participant(String prefix, int n) {
    return prefix + "-sptc" + n;
  }

  public static String sessionId(String prefix, int n) {
    return prefix + "-s" + n;
  }

  public static List<SpecificRecord> programmeEvents(String prefix) {
    String p = program(prefix);
    return List.of(
        created(
            p,
            "Dailies and on-set colour",
            List.of("Netflix", "KOCCA"),
            ProgramFormat.SHORT_COURSE,
            CraftTrack.POST_PRODUCTION,
            2024,
            10),
        session(p, sessionId(prefix, 1), START, LocalTime.of(9, 0), 180),
        session(p, sessionId(prefix, 2), START.plusDays(7), LocalTime.of(9, 0), 150),
        session(p, sessionId(prefix, 3), START.plusDays(14), LocalTime.of(9, 0), 120),
        published(p),
        rescheduled(p, sessionId(prefix, 2), START.plusDays(8), LocalTime.of(13, 0), 160),
        sessionCancelled(p, sessionId(prefix, 3)));
  }

  public static List<SpecificRecord> enrollmentEvents(String prefix) {
    String p = program(prefix);
    List<SpecificRecord> events = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      events.add(confirmed(enrollment(prefix, n), p, participant(prefix, n), INDUSTRY_WORKER));
    }
    String e1 = enrollment(prefix, 1);
    String a1 = participant(prefix, 1);
    String e2 = enrollment(prefix, 2);
    String a2 = participant(prefix, 2);
    String e3 = enrollment(prefix, 3);
    String a3 = participant(prefix, 3);
    events.addAll(
        List.of(
            attendance(e1, p, a1, sessionId(prefix, 1), PRESENT, 0),
            attendance(e2, p, a2, sessionId(prefix, 1), ABSENT, 0),
            attendance(e3, p, a3, sessionId(prefix, 1), PRESENT, 0),
            corrected(e2, p, a2, sessionId(prefix, 1), EXCUSED),
            attendance(e1, p, a1, sessionId(prefix, 2), LATE, 15),
            attendance(e2, p, a2, sessionId(prefix, 2), PRESENT, 0),
            attendance(e1, p, a1, sessionId(prefix, 3), PRESENT, 0),
            attendance(e3, p, a3, sessionId(prefix, 9), ABSENT, 0),
            assessment(e3, p, a3, true),
            ruleOutcome(e1, p, a1, COMPLETED, 5.5, 325, 340),
            ruleOutcome(e2, p, a2, NOT_COMPLETED, 2.5, 160, 340),
            overridden(e2, p, a2, COMPLETED, 5.0),
            outcome(e3, p, a3, COMPLETED, 3.0),
            certificate(prefix + "-c1", e1, p, a1, 5.5),
            certificate(prefix + "-c2", e2, p, a2, 5.0),
            revoked(prefix + "-c2", e2, p, a2)));
    return events;
  }

  public static List<SpecificRecord> all(String prefix) {
    List<SpecificRecord> events = new ArrayList<>(programmeEvents(prefix));
    events.addAll(enrollmentEvents(prefix));
    return events;
  }
}
