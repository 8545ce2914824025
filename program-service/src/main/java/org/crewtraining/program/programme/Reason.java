package org.crewtraining.program.programme;

/**
 * Why a programme changed. The code travels in the event; the note is free text and stays in this
 * service's database, returned only by its own GET (ADR 0006).
 *
 * @param note null when none was given
 */
public record Reason<C extends Enum<C>>(C reasonCode, String note) {}
