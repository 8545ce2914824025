package org.crewtraining.enrollment.application;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;

/**
 * An application. The answers are checked against the programme's questions ({@link AnswerRules}),
 * which only the service knows, so their keys are plain strings here.
 */
public record ApplyRequest(
    @NotBlank @Size(max = 100) String participantId,
    @Schema(
            description =
                "One answer per question of the programme (MOTIVATION, RELEVANT_EXPERIENCE,"
                    + " PORTFOLIO_LINK, AVAILABILITY, CAREER_GOAL), no other keys")
        @NotNull
        Map<String, String> answers) {}
