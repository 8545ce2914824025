package org.crewtraining.readmodels;

import static org.crewtraining.events.enrollments.CompletionOutcome.COMPLETED;
import static org.crewtraining.events.enrollments.CompletionOutcome.NOT_COMPLETED;
import static org.crewtraining.events.enrollments.ParticipantType.INDUSTRY_WORKER;
import static org.crewtraining.events.enrollments.ParticipantType.UNIVERSITY_STUDENT;
import static org.crewtraining.readmodels.TestEvents.attendance;
import static org.crewtraining.readmodels.TestEvents.confirmed;
import static org.crewtraining.readmodels.TestEvents.created;
import static org.crewtraining.readmodels.TestEvents.outcome;
import static org.crewtraining.readmodels.TestEvents.session;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.enrollments.ApplicationSubmitted;
import org.crewtraining.events.enrollments.AttendanceStatus;
import org.crewtraining.events.programs.ProgramFormat;

/**
 * Programmes of the real partners, for what an account bound to a partner sees (ids prefixed so
 * runs can share a database; the partners are the real names, which the local users are bound to):
 *
 * <pre>
 * programme  partners         cohort  enrollments (participant: outcome)     applications
 * K          KOCCA            2024    p1 completed, p2 confirmed, attendance
 * KN         KOCCA, Netflix   2024    p3 completed
 * F          KOFIC            2023    p1 completed, p4 not completed          one
 * N          Netflix          2024    p5 completed                            one
 * S          (not created)            p6 confirmed
 * </pre>
 *
 * A KOCCA account sees K and KN, a KOFIC account F, an account bound to nobody all five.
 */
public final class PartnerScenario {

  public static final String KOCCA = "KOCCA";
  public static final String KOFIC = "KOFIC";
  public static final String NETFLIX = "Netflix";

  private PartnerScenario() {}

  public static String k(String x) {
    return x + "-K";
  }

  public static String kn(String x) {
    return x + "-KN";
  }

  public static String f(String x) {
    return x + "-F";
  }

  public static String n(String x) {
    return x + "-N";
  }

  public static String s(String x) {
    return x + "-S";
  }

  /** The participant enrolled with both KOCCA (K) and KOFIC (F). */
  public static String p1(String x) {
    return x + "-p1";
  }

  /** The participant enrolled with Netflix alone (N). */
  public static String p5(String x) {
    return x + "-p5";
  }

  /** The programmes an account bound to these partners sees; all of them for an empty set. */
  public static Set<String> visible(String x, Set<String> partners) {
    if (partners.isEmpty()) {
      return Set.of(k(x), kn(x), f(x), n(x), s(x));
    }
    Set<String> ids = new java.util.TreeSet<>();
    if (partners.contains(KOCCA)) {
      ids.addAll(List.of(k(x), kn(x)));
    }
    if (partners.contains(KOFIC)) {
      ids.add(f(x));
    }
    if (partners.contains(NETFLIX)) {
      ids.addAll(List.of(kn(x), n(x)));
    }
    return ids;
  }

  public static List<SpecificRecord> events(String x) {
    List<SpecificRecord> events = new ArrayList<>();
    events.add(
        created(k(x), "K", List.of(KOCCA), ProgramFormat.SHORT_COURSE, CraftTrack.VFX, 2024, 10));
    events.add(
        created(
            kn(x),
            "KN",
            List.of(KOCCA, NETFLIX),
            ProgramFormat.WORKSHOP,
            CraftTrack.SOUND,
            2024,
            10));
    events.add(
        created(f(x), "F", List.of(KOFIC), ProgramFormat.INTERNSHIP, CraftTrack.SOUND, 2023, 10));
    events.add(
        created(n(x), "N", List.of(NETFLIX), ProgramFormat.SHORT_COURSE, CraftTrack.VFX, 2024, 10));
    events.add(session(k(x), x + "-k1", TestEvents.START, LocalTime.of(10, 0), 120));
    events.add(confirmed(x + "-e1", k(x), p1(x), UNIVERSITY_STUDENT));
    events.add(attendance(x + "-e1", k(x), p1(x), x + "-k1", AttendanceStatus.PRESENT, 0));
    events.add(outcome(x + "-e1", k(x), p1(x), COMPLETED, 40));
    events.add(confirmed(x + "-e2", k(x), x + "-p2", INDUSTRY_WORKER));
    events.add(confirmed(x + "-e3", kn(x), x + "-p3", INDUSTRY_WORKER));
    events.add(outcome(x + "-e3", kn(x), x + "-p3", COMPLETED, 20));
    events.add(confirmed(x + "-e4", f(x), p1(x), UNIVERSITY_STUDENT));
    events.add(outcome(x + "-e4", f(x), p1(x), COMPLETED, 30));
    events.add(confirmed(x + "-e5", f(x), x + "-p4", INDUSTRY_WORKER));
    events.add(outcome(x + "-e5", f(x), x + "-p4", NOT_COMPLETED, 5));
    events.add(confirmed(x + "-e6", n(x), p5(x), INDUSTRY_WORKER));
    events.add(outcome(x + "-e6", n(x), p5(x), COMPLETED, 40));
    events.add(confirmed(x + "-e7", s(x), x + "-p6", INDUSTRY_WORKER));
    events.add(submitted(x + "-a1", f(x), x + "-p7"));
    events.add(submitted(x + "-a2", n(x), x + "-p8"));
    return events;
  }

  private static ApplicationSubmitted submitted(
      String applicationId, String programId, String participantId) {
    return new ApplicationSubmitted(
        TestEvents.meta("enrollment-service"),
        applicationId,
        programId,
        participantId,
        INDUSTRY_WORKER,
        CraftTrack.SOUND);
  }
}
