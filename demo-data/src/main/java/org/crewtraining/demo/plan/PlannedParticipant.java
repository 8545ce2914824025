package org.crewtraining.demo.plan;

/**
 * A synthetic crew member or student. The e-mail is unique within a plan and clearly fake ({@code
 * example.org}); the runner adds the run tag to it so separate copies never collide.
 *
 * @param index position in the plan, also the participant's key inside the plan
 */
public record PlannedParticipant(
    int index, String name, String email, String organisation, ParticipantType type, Craft craft) {}
