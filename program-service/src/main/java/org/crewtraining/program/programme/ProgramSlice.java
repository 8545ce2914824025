package org.crewtraining.program.programme;

import java.util.List;

/** One page of programmes plus how many match in total. */
public record ProgramSlice(List<Program> items, long totalItems) {}
