package org.crewtraining.readmodels;

import static org.crewtraining.events.common.CraftTrack.CINEMATOGRAPHY;
import static org.crewtraining.events.common.CraftTrack.EDITING;
import static org.crewtraining.events.common.CraftTrack.SOUND;
import static org.crewtraining.events.common.CraftTrack.VFX;
import static org.crewtraining.events.enrollments.ParticipantType.INDUSTRY_WORKER;
import static org.crewtraining.events.enrollments.ParticipantType.UNIVERSITY_STUDENT;
import static org.crewtraining.readmodels.TestEvents.confirmed;
import static org.crewtraining.readmodels.TestEvents.created;
import static org.crewtraining.readmodels.TestEvents.published;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.Events;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.common.EventMetadata;
import org.crewtraining.events.enrollments.ApplicationRejectionReason;
import org.crewtraining.events.enrollments.ApplicationReviewed;
import org.crewtraining.events.enrollments.ApplicationSubmitted;
import org.crewtraining.events.enrollments.ApplicationWithdrawn;
import org.crewtraining.events.enrollments.EnrollmentConfirmed;
import org.crewtraining.events.enrollments.OfferBasis;
import org.crewtraining.events.enrollments.OfferRelease;
import org.crewtraining.events.enrollments.ParticipantType;
import org.crewtraining.events.enrollments.ReviewDecision;
import org.crewtraining.events.enrollments.SeatDeclined;
import org.crewtraining.events.enrollments.SeatOffered;
import org.crewtraining.events.enrollments.SelectionConfirmed;
import org.crewtraining.events.enrollments.WithdrawalReason;
import org.crewtraining.events.programs.Admission;
import org.crewtraining.events.programs.ApplicationQuestion;
import org.crewtraining.events.programs.ProgramFormat;
import org.crewtraining.events.programs.ProgramPublished;
import org.crewtraining.events.programs.SeatQuota;

/**
 * A programme that selects by application (capacity 3; quotas: university students 1-2 seats, VFX
 * 0-1, cinematography 2-2; offers stand 72 h) and a first-come one. Six applications: a1 (industry,
 * cinematography) shortlisted 90, a2 (student, VFX) shortlisted 80, a3 (student, sound) shortlisted
 * 70, a4 (industry) rejected, a5 (industry) withdrawn, a6 (student, editing) shortlisted 60. The
 * selection offers a1 and a2 at T, reserve a3 then a6. a1 accepts at T+10h; a2 declines at T+5h and
 * a3 is offered from the reserve; a3's offer expires at T+77h and a6 is offered, who accepts at
 * T+107h (30 h after the offer). The first-come programme has one enrolment without an application.
 * Ids start with a prefix.
 */
public final class SelectionScenario {

  /** When the selection's offers go out. */
  public static final Instant T = Instant.parse("2025-03-16T01:00:00Z");

  static final Instant OPEN = Instant.parse("2025-03-01T00:00:00Z");
  static final Instant CLOSE = Instant.parse("2025-03-15T09:00:00Z");

  private SelectionScenario() {}

  public static String program(String x) {
    return x + "-ap";
  }

  public static String firstCome(String x) {
    return x + "-fc";
  }

  public static String application(String x, int n) {
    return x + "-a" + n;
  }

  public static String selection(String x) {
    return x + "-sel";
  }

  public static List<SpecificRecord> programmeEvents(String x) {
    return List.of(
        created(
            program(x),
            "Film sound mentoring",
            List.of("KOFIC"),
            ProgramFormat.INTERNSHIP,
            CraftTrack.SOUND,
            2025,
            3),
        new ProgramPublished(
            TestEvents.meta("program-service"),
            program(x),
            null,
            Admission.newBuilder()
                .setApplicationsOpenAt(OPEN)
                .setApplicationsCloseAt(CLOSE)
                .setQuestions(List.of(ApplicationQuestion.MOTIVATION))
                .setQuotas(
                    List.of(
                        new SeatQuota(UNIVERSITY_STUDENT, null, 1, 2),
                        new SeatQuota(null, VFX, 0, 1),
                        new SeatQuota(null, CINEMATOGRAPHY, 2, 2)))
                .setOfferValidityHours(72)
                .build()),
        created(
            firstCome(x),
            "Set safety seminar",
            List.of("KOCCA"),
            ProgramFormat.SEMINAR,
            CraftTrack.PRODUCTION,
            2025,
            20),
        published(firstCome(x)));
  }

  /** The applications and the first-come enrolment, in the order the log has them. */
  public static List<SpecificRecord> enrollmentEvents(String x) {
    String p = program(x);
    List<SpecificRecord> events = new ArrayList<>();
    events.add(submitted(x, 1, INDUSTRY_WORKER, CINEMATOGRAPHY, OPEN.plusSeconds(3600)));
    events.add(submitted(x, 2, UNIVERSITY_STUDENT, VFX, OPEN.plusSeconds(7200)));
    events.add(submitted(x, 3, UNIVERSITY_STUDENT, SOUND, OPEN.plusSeconds(10800)));
    events.add(submitted(x, 4, INDUSTRY_WORKER, SOUND, OPEN.plusSeconds(14400)));
    events.add(submitted(x, 5, INDUSTRY_WORKER, SOUND, OPEN.plusSeconds(18000)));
    events.add(submitted(x, 6, UNIVERSITY_STUDENT, EDITING, OPEN.plusSeconds(21600)));
    events.add(
        new ApplicationWithdrawn(
            meta(OPEN.plusSeconds(86_400)),
            application(x, 5),
            p,
            participant(x, 5),
            WithdrawalReason.WORK_COMMITMENT));
    // a2 is first rejected, then shortlisted: the latest review counts.
    events.add(reviewed(x, 2, ReviewDecision.REJECTED, null, CLOSE.plusSeconds(3600)));
    events.add(reviewed(x, 1, ReviewDecision.SHORTLISTED, 90, CLOSE.plusSeconds(7200)));
    events.add(reviewed(x, 2, ReviewDecision.SHORTLISTED, 80, CLOSE.plusSeconds(7300)));
    events.add(reviewed(x, 3, ReviewDecision.SHORTLISTED, 70, CLOSE.plusSeconds(7400)));
    events.add(reviewed(x, 4, ReviewDecision.REJECTED, null, CLOSE.plusSeconds(7500)));
    events.add(reviewed(x, 6, ReviewDecision.SHORTLISTED, 60, CLOSE.plusSeconds(7600)));
    events.add(
        new SelectionConfirmed(
            meta(T),
            selection(x),
            p,
            List.of(application(x, 1), application(x, 2)),
            List.of(application(x, 3), application(x, 6))));
    events.add(offered(x, 1, INDUSTRY_WORKER, CINEMATOGRAPHY, OfferBasis.SELECTION, T));
    events.add(offered(x, 2, UNIVERSITY_STUDENT, VFX, OfferBasis.SELECTION, T));
    events.add(declined(x, 2, UNIVERSITY_STUDENT, VFX, OfferRelease.DECLINED, hours(5)));
    events.add(offered(x, 3, UNIVERSITY_STUDENT, SOUND, OfferBasis.RESERVE, hours(5)));
    events.add(accepted(x, 1, INDUSTRY_WORKER, CINEMATOGRAPHY, hours(10)));
    events.add(declined(x, 3, UNIVERSITY_STUDENT, SOUND, OfferRelease.EXPIRED, hours(77)));
    events.add(offered(x, 6, UNIVERSITY_STUDENT, EDITING, OfferBasis.RESERVE, hours(77)));
    events.add(accepted(x, 6, UNIVERSITY_STUDENT, EDITING, hours(107)));
    events.add(confirmed(x + "-fe1", firstCome(x), x + "-walkin", INDUSTRY_WORKER));
    return events;
  }

  public static List<SpecificRecord> all(String x) {
    List<SpecificRecord> all = new ArrayList<>(programmeEvents(x));
    all.addAll(enrollmentEvents(x));
    return all;
  }

  static Instant hours(long h) {
    return T.plus(Duration.ofHours(h));
  }

  static String participant(String x, int n) {
    return x + "-applicant" + n;
  }

  private static EventMetadata meta(Instant at) {
    return Events.newMetadata("enrollment-service", "corr", null, "registrar", at);
  }

  private static ApplicationSubmitted submitted(
      String x, int n, ParticipantType type, CraftTrack craft, Instant at) {
    return new ApplicationSubmitted(
        meta(at), application(x, n), program(x), participant(x, n), type, craft);
  }

  private static ApplicationReviewed reviewed(
      String x, int n, ReviewDecision decision, Integer score, Instant at) {
    return new ApplicationReviewed(
        meta(at),
        application(x, n),
        program(x),
        participant(x, n),
        decision,
        score,
        decision == ReviewDecision.REJECTED ? ApplicationRejectionReason.NOT_ELIGIBLE : null);
  }

  private static SeatOffered offered(
      String x, int n, ParticipantType type, CraftTrack craft, OfferBasis basis, Instant at) {
    return new SeatOffered(
        meta(at),
        application(x, n),
        program(x),
        participant(x, n),
        type,
        craft,
        selection(x),
        basis,
        at.plus(Duration.ofHours(72)));
  }

  private static SeatDeclined declined(
      String x, int n, ParticipantType type, CraftTrack craft, OfferRelease release, Instant at) {
    return new SeatDeclined(
        meta(at), application(x, n), program(x), participant(x, n), type, craft, release);
  }

  private static EnrollmentConfirmed accepted(
      String x, int n, ParticipantType type, CraftTrack craft, Instant at) {
    return new EnrollmentConfirmed(
        meta(at), x + "-ae" + n, program(x), participant(x, n), type, craft, application(x, n));
  }
}
