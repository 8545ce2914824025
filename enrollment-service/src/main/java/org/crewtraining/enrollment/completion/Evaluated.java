package org.crewtraining.enrollment.completion;

import org.crewtraining.enrollment.participation.Enrollment;

/** An enrolment with the outcome its rule gave, and the figures the rule decided on. */
public record Evaluated(Enrollment enrollment, CompletionEvaluation.Result figures) {}
