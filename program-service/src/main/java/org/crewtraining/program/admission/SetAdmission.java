package org.crewtraining.program.admission;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.util.List;
import org.crewtraining.events.programs.ApplicationQuestion;
import org.crewtraining.program.programme.AdmissionMode;

/**
 * How a DRAFT programme's seats go. FIRST_COME takes no other field; APPLICATION needs the window
 * and the offer validity, and may ask questions and set quotas. The rules that need the programme
 * (its capacity and start) are checked by {@link AdmissionCheck}.
 */
public record SetAdmission(
    @Schema(description = "FIRST_COME (enrolment, the default) or APPLICATION") @NotNull
        AdmissionMode mode,
    @Schema(description = "First instant an application is accepted, ISO-8601 with an offset")
        OffsetDateTime applicationsOpenAt,
    @Schema(
            description =
                "First instant an application is no longer accepted: after applicationsOpenAt,"
                    + " before the programme's start date (00:00 Asia/Seoul)")
        OffsetDateTime applicationsCloseAt,
    @Schema(description = "Questions every applicant answers, in the order asked, each once")
        List<@NotNull ApplicationQuestion> questions,
    @Schema(description = "At most one quota per participant type and one per craft")
        List<@NotNull @Valid Quota> quotas,
    @Schema(description = "How long an offered seat stands, 1-720 hours") @Min(1) @Max(720)
        Integer offerValidityHours) {}
