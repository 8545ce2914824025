package org.crewtraining.program.admission;

import java.time.Instant;
import java.time.LocalDate;
import org.crewtraining.events.programs.Admission;
import org.crewtraining.program.programme.AdmissionPolicy;
import org.springframework.stereotype.Component;

/** The programme's view of its admission, read from this package's tables. */
@Component
class StoredAdmissionPolicy implements AdmissionPolicy {

  private final AdmissionStore admissions;

  StoredAdmissionPolicy(AdmissionStore admissions) {
    this.admissions = admissions;
  }

  @Override
  public Admission admissionOf(String programId) {
    return admissions.find(programId).map(AdmissionByApplication::toEvent).orElse(null);
  }

  /** The quotas keep 0 <= minSeats <= maxSeats <= capacity and their minimums within it. */
  @Override
  public void checkCapacity(String programId, int capacity) {
    admissions
        .find(programId)
        .ifPresent(
            admission -> {
              if (admission.minimumSeats() > capacity) {
                throw new AdmissionConflict(
                    "capacity",
                    "must hold the quotas' minSeats together ("
                        + admission.minimumSeats()
                        + "); change the admission first");
              }
              if (admission.largestMaximum() > capacity) {
                throw new AdmissionConflict(
                    "capacity",
                    "must hold the largest quota's maxSeats ("
                        + admission.largestMaximum()
                        + "); change the admission first");
              }
            });
  }

  @Override
  public void checkStartDate(String programId, LocalDate startDate) {
    admissions
        .find(programId)
        .ifPresent(
            admission -> {
              Instant closes = admission.applicationsCloseAt();
              if (!closes.isBefore(AdmissionCheck.startOf(startDate))) {
                throw new AdmissionConflict(
                    "startDate",
                    "must be after the applications close, "
                        + AdmissionView.of(admission).applicationsCloseAt()
                        + "; change the admission first");
              }
            });
  }
}
