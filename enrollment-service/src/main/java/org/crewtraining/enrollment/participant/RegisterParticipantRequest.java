package org.crewtraining.enrollment.participant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.crewtraining.enrollment.consent.ConsentGiven;
import org.crewtraining.events.common.CraftTrack;

/**
 * The e-mail pattern additionally demands a dotted domain, which {@code @Email} alone does not.
 * {@code consents}: the purposes the person agreed to, TRAINING_ADMINISTRATION required.
 */
public record RegisterParticipantRequest(
    @NotBlank @Size(max = 200) String name,
    @NotBlank
        @Size(max = 254)
        @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "must be a valid e-mail address")
        String email,
    @NotBlank @Size(max = 200) String organisation,
    @NotNull ParticipantType participantType,
    @NotNull CraftTrack craft,
    @Size(max = 3) List<@Valid ConsentGiven> consents) {}
