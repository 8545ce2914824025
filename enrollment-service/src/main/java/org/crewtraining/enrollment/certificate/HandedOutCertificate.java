package org.crewtraining.enrollment.certificate;

/**
 * What a registrar prints or sends to the holder. The code is shown here once and stored only as a
 * hash; handing out again draws a new code and the previous one stops working.
 *
 * @param verificationUrl the public page a reader of the certificate checks it at
 */
record HandedOutCertificate(
    CertificateView certificate,
    String holderName,
    String verificationCode,
    String verificationUrl) {}
