package org.crewtraining.program.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.crewtraining.events.common.CraftTrack;
import org.crewtraining.events.programs.Audience;
import org.crewtraining.events.programs.DeliveryMode;
import org.crewtraining.events.programs.ProgramFormat;

/** Request to create a DRAFT programme: every field of ProgramCreated except id and metadata. */
@ValidSchedule
public record CreateProgram(
    @NotBlank @Size(max = 200) String title,
    @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 200) String> partners,
    @NotNull ProgramFormat format,
    @NotNull CraftTrack track,
    @NotNull @NotUnknown Audience audience,
    @NotNull @Min(1) @Max(10_000) Integer capacity,
    @NotNull LocalDate startDate,
    @NotNull LocalDate endDate,
    @NotNull DeliveryMode deliveryMode,
    @NotNull @Min(2000) @Max(2100) Integer cohortYear,
    @Size(max = 200) String location,
    @Min(1) @Max(2000) Integer plannedHours,
    @Size(max = 35) @Pattern(regexp = LANGUAGE_TAG, message = "must be a BCP 47 language tag")
        String instructionLanguage)
    implements Schedule {

  /** Language, then optional subtags: "ko", "en-US", "zh-Hant-TW". */
  static final String LANGUAGE_TAG = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*";

  /** The schema's default: most programmes are taught in Korean. */
  public static final String DEFAULT_LANGUAGE = "ko";

  public String languageOrDefault() {
    return instructionLanguage == null ? DEFAULT_LANGUAGE : instructionLanguage;
  }
}
