package org.crewtraining.enrollment.certificate;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import org.crewtraining.events.enrollments.CertificateRevocationReason;
import org.crewtraining.support.validation.NotUnspecified;

/** Why a certificate is revoked: published with CertificateRevoked (ADR 0006, codes only). */
record RevocationRequest(
    @Schema(description = "ISSUED_IN_ERROR, COMPLETION_REVISED, MISCONDUCT, FRAUD or OTHER")
        @NotNull
        @NotUnspecified
        CertificateRevocationReason reasonCode) {}
