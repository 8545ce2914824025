package org.crewtraining.enrollment.offer;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * @param offerCode the code of the offer, as the office sent it to the applicant
 */
record OfferCodeRequest(@NotBlank @Size(max = 100) String offerCode) {}
