package org.crewtraining.enrollment.certificate;

import jakarta.validation.Valid;
import java.util.List;
import org.crewtraining.support.command.CommandContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Certificates for registrars (list, hand out, badge) and programme admins (revoke). */
@RestController
@RequestMapping("/certificates")
class CertificateController {

  private final CertificateService certificates;
  private final OpenBadges badges;

  CertificateController(CertificateService certificates, OpenBadges badges) {
    this.certificates = certificates;
    this.badges = badges;
  }

  @GetMapping
  List<CertificateView> ofEnrollment(@RequestParam String enrollmentId) {
    return certificates.ofEnrollment(enrollmentId);
  }

  @PostMapping("/{certificateId}/revocation")
  CertificateView revoke(
      @PathVariable String certificateId,
      @Valid @RequestBody RevocationRequest body,
      CommandContext context) {
    return certificates.revoke(certificateId, body.reasonCode(), context);
  }

  @PostMapping("/{certificateId}/verification-code")
  HandedOutCertificate handOut(@PathVariable String certificateId) {
    return certificates.handOut(certificateId);
  }

  @GetMapping("/{certificateId}/open-badge")
  ResponseEntity<String> openBadge(@PathVariable String certificateId) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(OpenBadges.MEDIA_TYPE))
        .body(badges.signed(certificates.held(certificateId)));
  }
}
