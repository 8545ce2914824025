package org.crewtraining.enrollment.certificate;

import java.util.Map;
import org.crewtraining.support.web.ApiExceptionHandler;
import org.crewtraining.support.web.InvalidFieldException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Verification for anybody holding a printed certificate, without signing in. The holder's code
 * travels in the {@value #CODE_HEADER} header, never in the URL, where access logs and browser
 * histories would keep it.
 */
@RestController
@RequestMapping("/public/certificates")
class PublicCertificateController {

  static final String CODE_HEADER = "Verification-Code";

  private final CertificateService certificates;
  private final OpenBadges badges;
  private final BadgeSigningKey key;

  PublicCertificateController(
      CertificateService certificates, OpenBadges badges, BadgeSigningKey key) {
    this.certificates = certificates;
    this.badges = badges;
    this.key = key;
  }

  @GetMapping("/{certificateId}")
  ResponseEntity<PublicCertificate> verify(
      @PathVariable String certificateId,
      @RequestHeader(name = CODE_HEADER, required = false) String code,
      @RequestParam(name = "code", required = false) String codeInUrl) {
    refuseCodeInUrl(codeInUrl);
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(certificates.verify(certificateId, code));
  }

  /** The holder's own badge, for whoever shows the holder's code. */
  @GetMapping("/{certificateId}/open-badge")
  ResponseEntity<String> openBadge(
      @PathVariable String certificateId,
      @RequestHeader(name = CODE_HEADER, required = false) String code,
      @RequestParam(name = "code", required = false) String codeInUrl) {
    refuseCodeInUrl(codeInUrl);
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.parseMediaType(OpenBadges.MEDIA_TYPE))
        .body(badges.signed(certificates.heldWithCode(certificateId, code)));
  }

  /** The public key(s) that verify badges (RFC 7517). */
  @GetMapping(value = "/jwks.json", produces = "application/jwk-set+json")
  Map<String, Object> jwks() {
    return key.publicJwks();
  }

  @ExceptionHandler(VerificationCodeRequiredException.class)
  ProblemDetail verificationCodeRequired(VerificationCodeRequiredException e) {
    return ApiExceptionHandler.problem(
        HttpStatus.FORBIDDEN, "verification-code-required", e.getMessage());
  }

  private static void refuseCodeInUrl(String codeInUrl) {
    if (codeInUrl != null) {
      throw new InvalidFieldException(
          "code", "send the verification code in the " + CODE_HEADER + " header, not in the URL");
    }
  }
}
