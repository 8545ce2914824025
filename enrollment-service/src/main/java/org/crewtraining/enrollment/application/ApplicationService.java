package org.crewtraining.enrollment.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.crewtraining.enrollment.participant.Participant;
import org.crewtraining.enrollment.participant.ParticipantService;
import org.crewtraining.enrollment.participation.EventCause;
import org.crewtraining.enrollment.programme.ProgramAdmission;
import org.crewtraining.enrollment.programme.ProgramAdmissionRepository;
import org.crewtraining.enrollment.programme.ProgramSnapshot;
import org.crewtraining.enrollment.programme.ProgramSnapshotRepository;
import org.crewtraining.enrollment.programme.ProgramSnapshotStatus;
import org.crewtraining.events.enrollments.WithdrawalReason;
import org.crewtraining.events.programs.ApplicationQuestion;
import org.crewtraining.support.command.CommandContext;
import org.crewtraining.support.web.ResourceNotFoundException;
import org.crewtraining.support.web.StateConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applying, reviewing and withdrawing. Each change locks the programme's row first (as enrolment,
 * selection and offers do), checks, then writes and appends its event in one transaction: the
 * window, the one-application rule and the review's "until a selection is confirmed" cannot race,
 * and a refused request writes nothing.
 */
@Service
public class ApplicationService {

  private final ProgramSnapshotRepository programmes;
  private final ProgramAdmissionRepository admissions;
  private final ParticipantService participants;
  private final ApplicationRepository applications;
  private final ApplicationEvents events;
  private final Clock clock;

  ApplicationService(
      ProgramSnapshotRepository programmes,
      ProgramAdmissionRepository admissions,
      ParticipantService participants,
      ApplicationRepository applications,
      ApplicationEvents events,
      Clock clock) {
    this.programmes = programmes;
    this.admissions = admissions;
    this.participants = participants;
    this.applications = applications;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  public Application apply(String programId, ApplyRequest request, CommandContext context) {
    ProgramSnapshot program = programmes.lock(programId).orElse(null);
    Participant participant = participants.get(request.participantId());
    if (participant.erased()) {
      // nobody to apply any more: the person behind the id is gone
      throw new ResourceNotFoundException("Participant", request.participantId());
    }
    if (program == null) {
      throw new ResourceNotFoundException("Program", programId);
    }
    ProgramAdmission admission =
        admissions
            .find(programId)
            .orElseThrow(
                () ->
                    new StateConflictException(
                        "programme-not-by-application",
                        "Programme "
                            + programId
                            + " takes first-come enrolments: POST"
                            + " /programs/{id}/enrollments"));
    if (program.status() != ProgramSnapshotStatus.PUBLISHED) {
      throw new StateConflictException(
          "program-not-open", "Programme " + programId + " is " + program.status());
    }
    Instant now = clock.instant();
    if (now.isBefore(admission.opensAt())) {
      throw new StateConflictException(
          "applications-not-open", "Applications open at " + admission.opensAt());
    }
    if (!admission.acceptsApplicationsAt(now)) {
      throw new StateConflictException(
          "applications-closed", "Applications closed at " + admission.closesAt());
    }
    if (!program.admits(participant.participantType())) {
      throw new StateConflictException(
          "audience-not-admitted",
          "Programme audience "
              + program.audience()
              + " does not admit "
              + participant.participantType());
    }
    applications
        .idOf(programId, participant.participantId())
        .ifPresent(
            earlier -> {
              throw new AlreadyAppliedException(earlier);
            });
    Map<ApplicationQuestion, String> answers =
        AnswerRules.check(admission.questions(), request.answers());
    Application application =
        new Application(
            "app-" + UUID.randomUUID(),
            programId,
            participant.participantId(),
            participant.participantType(),
            participant.craft(),
            ApplicationStatus.SUBMITTED,
            now,
            answers,
            null,
            null,
            null,
            null,
            null,
            null,
            0);
    applications.insert(application);
    events.submitted(application, EventCause.of(context));
    return application;
  }

  @Transactional
  public Application withdraw(
      String applicationId, WithdrawalReason reason, CommandContext context) {
    Application application = locked(applicationId);
    ApplicationRules.checkWithdraw(application.status());
    applications.withdraw(applicationId, reason);
    events.withdrawn(application, reason, EventCause.of(context));
    return get(applicationId);
  }

  /** The same review again changes nothing: no write, no event. */
  @Transactional
  public Application review(String applicationId, ReviewRequest review, CommandContext context) {
    review.checkComplete();
    Application application = locked(applicationId);
    ApplicationRules.checkReview(
        application.status(), applications.selectionConfirmed(application.programId()));
    if (application.status() != ApplicationStatus.SUBMITTED
        && application.review() != null
        && application.review().sameAs(review)) {
      return application;
    }
    applications.review(
        applicationId,
        new Application.Review(
            review.decision(),
            review.score(),
            review.reasonCode(),
            context.actor(),
            clock.instant()));
    events.reviewed(application, review, EventCause.of(context));
    return get(applicationId);
  }

  @Transactional(readOnly = true)
  public Application get(String applicationId) {
    return applications
        .find(applicationId)
        .orElseThrow(() -> new ResourceNotFoundException("Application", applicationId));
  }

  /**
   * @param status null for every application
   */
  @Transactional(readOnly = true)
  public List<Application> ofProgramme(String programId, ApplicationStatus status) {
    if (programmes.find(programId).isEmpty()) {
      throw new ResourceNotFoundException("Program", programId);
    }
    return applications.ofProgramme(programId, status);
  }

  /**
   * Locks the application's programme, then reads the application as it is under that lock (a new
   * statement, so it sees whatever the previous lock holder committed).
   */
  private Application locked(String applicationId) {
    String programId = get(applicationId).programId();
    programmes.lock(programId);
    return get(applicationId);
  }
}
