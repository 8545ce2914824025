package org.crewtraining.readmodels;

import static org.crewtraining.events.enrollments.CompletionOutcome.COMPLETED;
import static org.crewtraining.events.enrollments.CompletionOutcome.NOT_COMPLETED;
import static org.crewtraining.events.enrollments.EnrollmentStatus.CONFIRMED;
import static org.crewtraining.events.enrollments.EnrollmentStatus.WAITLISTED;
import static org.crewtraining.events.enrollments.ParticipantType.INDUSTRY_WORKER;
import static org.crewtraining.events.enrollments.ParticipantType.UNIVERSITY_STUDENT;
import static org.crewtraining.readmodels.TestEvents.confirmed;
import static org.crewtraining.readmodels.TestEvents.created;
import static org.crewtraining.readmodels.TestEvents.outcome;
import static org.crewtraining.readmodels.TestEvents.promoted;
import static org.crewtraining.readmodels.TestEvents.waitlisted;
import static org.crewtraining.readmodels.TestEvents.withdrawn;

import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.ProgramFormat;

/**
 * Crew returning over the years, for distinct counts (ids prefixed so runs can share a database;
 * the partners are prefixed too, so a partner filter sees only this scenario):
 *
 * <pre>
 * programme  cohort  partners       format        track
 * A          2022    agency, other  SHORT_COURSE  VFX
 * B          2023    agency         SHORT_COURSE  VFX
 * C          2024    agency         WORKSHOP      SOUND
 * D          2025    agency         SHORT_COURSE  VFX
 *
 * r  UNIVERSITY_STUDENT  A completed, B completed, C not completed   (returns every year)
 * s  INDUSTRY_WORKER     A confirmed then withdrew                   (held a seat)
 * t  INDUSTRY_WORKER     B waitlisted then withdrew                  (never a seat)
 * u  UNIVERSITY_STUDENT  C waitlisted, promoted, completed
 * v  INDUSTRY_WORKER     D completed
 * </pre>
 */
public final class CrewScenario {

  private CrewScenario() {}

  public static String agency(String x) {
    return "Agency " + x;
  }

  public static String other(String x) {
    return "Other " + x;
  }

  public static List<SpecificRecord> events(String x) {
    String a = x + "-A";
    String b = x + "-B";
    String c = x + "-C";
    String d = x + "-D";
    String r = x + "-r";
    String s = x + "-s";
    String t = x + "-t";
    String u = x + "-u";
    String v = x + "-v";
    List<String> agency = List.of(agency(x));
    return List.of(
        created(
            a,
            "A",
            List.of(agency(x), other(x)),
            ProgramFormat.SHORT_COURSE,
            CraftTrack.VFX,
            2022,
            10),
        created(b, "B", agency, ProgramFormat.SHORT_COURSE, CraftTrack.VFX, 2023, 10),
        created(c, "C", agency, ProgramFormat.WORKSHOP, CraftTrack.SOUND, 2024, 1),
        created(d, "D", agency, ProgramFormat.SHORT_COURSE, CraftTrack.VFX, 2025, 10),
        confirmed(x + "-e1", a, r, UNIVERSITY_STUDENT),
        outcome(x + "-e1", a, r, COMPLETED, 40),
        confirmed(x + "-e2", b, r, UNIVERSITY_STUDENT),
        outcome(x + "-e2", b, r, COMPLETED, 40),
        confirmed(x + "-e3", c, r, UNIVERSITY_STUDENT),
        outcome(x + "-e3", c, r, NOT_COMPLETED, 10),
        confirmed(x + "-e4", a, s, INDUSTRY_WORKER),
        withdrawn(x + "-e4", a, s, CONFIRMED),
        waitlisted(x + "-e5", b, t, INDUSTRY_WORKER),
        withdrawn(x + "-e5", b, t, WAITLISTED),
        waitlisted(x + "-e6", c, u, UNIVERSITY_STUDENT),
        promoted(x + "-e6", c, u),
        outcome(x + "-e6", c, u, COMPLETED, 40),
        confirmed(x + "-e7", d, v, INDUSTRY_WORKER),
        outcome(x + "-e7", d, v, COMPLETED, 40));
  }
}
