package org.crewtraining.program.session;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;

/** A programme's completion rule as the API shows it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CompletionRuleView(
    String programId,
    @JsonUnwrapped ProgramCompletionRule rule,
    @Schema(description = "true while no rule was set: the default rule applies")
        boolean defaultRule,
    @Schema(description = "true once the programme left DRAFT: the rule no longer changes")
        boolean frozen,
    @Schema(description = "The programme's version, also the ETag") long version) {}
