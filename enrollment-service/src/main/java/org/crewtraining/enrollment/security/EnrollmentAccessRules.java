package org.crewtraining.enrollment.security;

import static org.crewtraining.support.security.CrewRole.PROGRAM_ADMIN;
import static org.crewtraining.support.security.CrewRole.REGISTRAR;

import org.crewtraining.support.security.CrewRole;
import org.crewtraining.support.security.EndpointRules;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Participants' personal data, their applications (answers, reviews), enrollments, rosters,
 * waitlists, attendance, assessments and outcomes: registrars only, except that programme admins
 * correct attendance (the only ones who may once a programme is closed). This service's view of a
 * programme (status, seats) is also for programme admins, who follow whether a publication or
 * capacity change has arrived here. Certificates: verification is public (employers and schools
 * have no account; the answer holds no personal data, the holder's name needs the holder's code);
 * listing, handing out and badges concern the holder, so registrars; revoking one is a programme
 * decision, so programme admins. Selection runs are the registrars'; applicants answer their offer
 * without an account, with the offer's code.
 */
@Component
class EnrollmentAccessRules implements EndpointRules {

  @Override
  public void authorize(
      AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry
          requests) {
    String registrar = REGISTRAR.name();
    requests.requestMatchers("/participants", "/participants/**").hasRole(registrar);
    // Attendance corrections: registrars while the programme runs, programme admins also after
    // its close (checked against the programme's state by AttendanceRules.mayCorrect).
    requests
        .requestMatchers(HttpMethod.PUT, "/enrollments/*/attendance/*")
        .hasAnyRole(CrewRole.names(REGISTRAR, PROGRAM_ADMIN));
    requests.requestMatchers("/enrollments/**").hasRole(registrar);
    requests
        .requestMatchers(HttpMethod.GET, "/programs/*/sessions/*/attendance")
        .hasRole(registrar);
    requests
        .requestMatchers(HttpMethod.POST, "/programs/*/sessions/*/attendance")
        .hasRole(registrar);
    requests
        .requestMatchers(HttpMethod.GET, "/programs/*/roster", "/programs/*/waitlist")
        .hasRole(registrar);
    requests.requestMatchers(HttpMethod.POST, "/programs/*/enrollments").hasRole(registrar);
    // Applications hold applicants' personal answers and the reviews of them: registrars only.
    requests.requestMatchers("/programs/*/applications", "/applications/**").hasRole(registrar);
    // Selection by application: proposing and confirming who is offered a seat is the office's.
    requests
        .requestMatchers(
            HttpMethod.POST,
            "/programs/*/selection-runs",
            "/programs/*/selection-runs/*/confirmation")
        .hasRole(registrar);
    requests.requestMatchers(HttpMethod.GET, "/programs/*/selection-runs/*").hasRole(registrar);
    requests
        .requestMatchers(HttpMethod.GET, "/programs/*")
        .hasAnyRole(CrewRole.names(REGISTRAR, PROGRAM_ADMIN));
    requests.requestMatchers(HttpMethod.GET, "/public/certificates/**").permitAll();
    // Applicants have no account: the offer's code in the body is the credential.
    requests
        .requestMatchers(HttpMethod.POST, "/public/offers/*/acceptance", "/public/offers/*/decline")
        .permitAll();
    requests
        .requestMatchers(HttpMethod.POST, "/certificates/*/revocation")
        .hasRole(PROGRAM_ADMIN.name());
    requests
        .requestMatchers(HttpMethod.GET, "/certificates", "/certificates/*/open-badge")
        .hasRole(registrar);
    requests
        .requestMatchers(HttpMethod.POST, "/certificates/*/verification-code")
        .hasRole(registrar);
  }
}
