package org.crewtraining.enrollment.participation;

import org.crewtraining.enrollment.participant.ParticipantType;
import org.crewtraining.events.common.CraftTrack;

/**
 * What an enrolment needs to know about the participant: nothing personal, only what events carry.
 */
record Newcomer(ParticipantType participantType, CraftTrack craft) {}
