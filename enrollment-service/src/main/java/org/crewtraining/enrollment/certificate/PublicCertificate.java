package org.crewtraining.enrollment.certificate;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * What anybody may learn about a certificate from its number: no personal data. The holder's name
 * only for a caller who shows the holder's verification code.
 *
 * @param revokedOn Asia/Seoul date of the revocation; absent while valid
 * @param holderName absent unless the right verification code came with the request
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record PublicCertificate(
    String certificateId,
    CertificateStatus status,
    LocalDate revokedOn,
    String programTitle,
    double hours,
    LocalDate issueDate,
    List<String> issuers,
    String holderName) {}
