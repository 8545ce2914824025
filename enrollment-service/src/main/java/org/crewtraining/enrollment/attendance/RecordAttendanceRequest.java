package org.crewtraining.enrollment.attendance;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** One session's roster in one request: every entry is recorded, or none is. */
public record RecordAttendanceRequest(
    @NotNull @Size(min = 1, max = MAX_ENTRIES) List<@NotNull @Valid Entry> entries) {

  /** More than any programme seats (capacity is far below this). */
  static final int MAX_ENTRIES = 2000;

  /**
   * @param lateMinutes for LATE only: required, positive, less than the session's contact minutes
   */
  public record Entry(
      @NotBlank @Size(max = 100) String enrollmentId,
      @NotNull AttendanceStatus status,
      @Min(0) @Max(1440) Integer lateMinutes) {}
}
