package org.crewtraining.enrollment.consent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;

/**
 * One purpose a person consented to, with the version of the privacy notice they were shown.
 *
 * @param givenAt when they consented (e.g. signed the form); left out = when it is recorded
 */
public record ConsentGiven(
    @NotNull ConsentPurpose purpose,
    @NotNull
        @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}",
            message = "must be a notice version such as 2026-01 (letters, digits, . _ -; ≤ 40)")
        String noticeVersion,
    Instant givenAt) {}
