package org.crewtraining.enrollment.offer;

import jakarta.validation.Valid;
import org.crewtraining.support.command.CommandContext;
import org.crewtraining.support.web.ApiExceptionHandler;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Applicants answer their offer without an account, with the offer's code (sent to them by the
 * office); the code travels in the body, never in the URL where logs would keep it.
 */
@RestController
@RequestMapping("/public/offers/{applicationId}")
class PublicOfferController {

  private final OfferAnswers answers;

  PublicOfferController(OfferAnswers answers) {
    this.answers = answers;
  }

  @PostMapping("/acceptance")
  ResponseEntity<OfferAnswer> accept(
      @PathVariable String applicationId,
      @Valid @RequestBody OfferCodeRequest body,
      CommandContext context) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(answers.accept(applicationId, body.offerCode(), context));
  }

  @PostMapping("/decline")
  ResponseEntity<OfferAnswer> decline(
      @PathVariable String applicationId,
      @Valid @RequestBody OfferCodeRequest body,
      CommandContext context) {
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .body(answers.decline(applicationId, body.offerCode(), context));
  }

  @ExceptionHandler(OfferCodeInvalidException.class)
  ProblemDetail offerCodeInvalid(OfferCodeInvalidException e) {
    return ApiExceptionHandler.problem(HttpStatus.FORBIDDEN, "offer-code-invalid", e.getMessage());
  }
}
