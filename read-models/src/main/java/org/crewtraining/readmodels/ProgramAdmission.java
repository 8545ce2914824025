package org.crewtraining.readmodels;

import java.time.Instant;
import java.util.List;
import org.crewtraining.events.programs.Admission;
import org.crewtraining.events.programs.SeatQuota;

/**
 * How a programme that selects by application admits (ProgramPublished v3's admission, frozen when
 * published). A programme without one ({@link ProgramState#admission()} null) is first come, first
 * served: every programme published without an admission, and every programme not published yet.
 *
 * @param quotas in the order the admission lists them
 */
public record ProgramAdmission(
    Instant applicationsOpenAt,
    Instant applicationsCloseAt,
    int offerValidityHours,
    List<AdmissionQuota> quotas) {

  public ProgramAdmission {
    quotas = List.copyOf(quotas);
  }

  /** The admission a ProgramPublished carries; null for first come, first served. */
  static ProgramAdmission of(Admission admission) {
    if (admission == null) {
      return null;
    }
    return new ProgramAdmission(
        admission.getApplicationsOpenAt(),
        admission.getApplicationsCloseAt(),
        admission.getOfferValidityHours(),
        admission.getQuotas().stream().map(ProgramAdmission::quota).toList());
  }

  private static AdmissionQuota quota(SeatQuota q) {
    return new AdmissionQuota(
        q.getParticipantType() == null ? null : q.getParticipantType().name(),
        q.getCraft() == null ? null : q.getCraft().name(),
        q.getMinSeats(),
        q.getMaxSeats());
  }
}
