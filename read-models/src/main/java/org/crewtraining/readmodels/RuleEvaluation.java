package org.crewtraining.readmodels;

/**
 * The attendance figures a completion rule was evaluated on (CompletionRecorded v2's {@code
 * attendance}), kept as the event says them.
 *
 * @param assessmentPassed null when the rule required no assessment
 */
public record RuleEvaluation(
    int attendedMinutes,
    int plannedMinutes,
    int minAttendedPercent,
    int requiredSessionsMissed,
    Boolean assessmentPassed,
    int ruleVersion) {}
