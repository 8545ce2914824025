package org.crewtraining.enrollment.participation;

import org.crewtraining.events.common.EventMetadata;

/**
 * Published in-process (Spring's {@code ApplicationEventPublisher}, synchronous, so listeners run
 * in the transaction that recorded it) whenever an enrolment's outcome is recorded or overridden:
 * what follows an outcome (certificates) hangs off it without the recording code knowing.
 *
 * @param enrollment the enrolment as stored with its outcome
 * @param outcomeEvent metadata of the event that recorded the outcome: the cause of what follows
 */
public record OutcomeRecorded(Enrollment enrollment, EventMetadata outcomeEvent) {}
