package org.crewtraining.program.store;

import java.util.List;
import org.crewtraining.program.domain.Program;

/** One page of programmes plus how many match in total. */
public record ProgramSlice(List<Program> items, long totalItems) {}
