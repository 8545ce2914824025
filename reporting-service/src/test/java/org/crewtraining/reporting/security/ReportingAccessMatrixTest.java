package org.crewtraining.reporting.security;

import static org.crewtraining.support.security.CrewRole.AUDITOR;
import static org.crewtraining.support.security.CrewRole.VIEWER;

import org.crewtraining.reporting.IntegrationTestBase;
import org.crewtraining.support.testing.AccessMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Every endpoint of reporting-service × anonymous and each local user (README, Access control).
 * Allowed calls really run (a rebuild starts), so this class gets a context and broker of its own.
 */
@TestPropertySource(properties = "spring.kafka.consumer.group-id=reporting-access-matrix")
@DirtiesContext
class ReportingAccessMatrixTest extends IntegrationTestBase {

  @Autowired ApplicationContext context;

  @Test
  void everyEndpointAnswersEachRoleAsThePolicySays() {
    AccessMatrix.of("reporting-service")
        .sharedEndpoints()
        .allow("GET /api/audit/events", AUDITOR)
        .allow("GET /api/audit/export", AUDITOR)
        .allow("POST /api/admin/rebuilds", AUDITOR)
        .allow("GET /api/admin/rebuilds/{id}", AUDITOR)
        .allow("POST /api/admin/verify", AUDITOR)
        .allow("GET /api/reports/as-of", AUDITOR)
        .allow("GET /api/reports/as-of/manifested", AUDITOR)
        .allow("GET /api/programs", VIEWER, AUDITOR)
        .allow("GET /api/programs/{programId}", VIEWER, AUDITOR)
        .allow("GET /api/programs/manifested", VIEWER, AUDITOR)
        .allow("GET /api/programs/{programId}/attendance", VIEWER, AUDITOR)
        .allow("GET /api/attendance", VIEWER, AUDITOR)
        .allow("GET /api/programs/{programId}/selection", VIEWER, AUDITOR)
        .allow("GET /api/selection", VIEWER, AUDITOR)
        .allow("GET /api/figures/overall", VIEWER, AUDITOR)
        .allow("GET /api/rollups/{dimension}", VIEWER, AUDITOR)
        .allow("GET /api/crew/distinct", VIEWER, AUDITOR)
        .allow("GET /api/crew/distinct/manifested", VIEWER, AUDITOR)
        .allow("GET /api/participants/{participantId}/transcript", VIEWER, AUDITOR)
        .allow("GET /api/completion-metrics", VIEWER, AUDITOR)
        .allow("GET /api/completion-metrics/stream", VIEWER, AUDITOR)
        .allow("GET /api/exports/audit/events.{extension}", AUDITOR)
        .allow("GET /api/exports/as-of/{report}.{extension}", AUDITOR)
        .allow("GET /api/exports/as-of/rollups/{dimension}.{extension}", AUDITOR)
        .allow("GET /api/exports/programs.{extension}", VIEWER, AUDITOR)
        .allow("GET /api/exports/figures/overall.{extension}", VIEWER, AUDITOR)
        .allow("GET /api/exports/rollups/{dimension}.{extension}", VIEWER, AUDITOR)
        .allow("GET /api/exports/attendance.{extension}", VIEWER, AUDITOR)
        .allow("GET /api/exports/programs/{programId}/attendance.{extension}", VIEWER, AUDITOR)
        .allow("GET /api/exports/selection.{extension}", VIEWER, AUDITOR)
        .allow("GET /api/exports/selection/quotas.{extension}", VIEWER, AUDITOR)
        .allow("GET /api/exports/crew/distinct.{extension}", VIEWER, AUDITOR)
        .allow(
            "GET /api/exports/participants/{participantId}/transcript.{extension}", VIEWER, AUDITOR)
        .allow("GET /", VIEWER, AUDITOR)
        .allow("GET /dashboard", VIEWER, AUDITOR)
        .allow("GET /dashboard.html", VIEWER, AUDITOR)
        .allow("GET /dashboard.css", VIEWER, AUDITOR)
        .allow("GET /dashboard.js", VIEWER, AUDITOR)
        // The dashboard loads ECharts from its WebJar; every WebJar path is as open as the page.
        .allow("GET /webjars/**", VIEWER, AUDITOR)
        .allow("GET /webjars/*swagger-ui/**", VIEWER, AUDITOR)
        .allow("GET /webjars/*swagger-ui/*swagger-initializer.js", VIEWER, AUDITOR)
        .allow("GET /webjars/*swagger-ui/5.32.2/*swagger-initializer.js", VIEWER, AUDITOR)
        .sample("/webjars/**", "/webjars/echarts/dist/echarts.min.js")
        .sample("/api/rollups/{dimension}", "/api/rollups/PARTNER")
        .sample(
            "/api/exports/audit/events.{extension}",
            "/api/exports/audit/events.csv?to=2000-01-01T00:00:00Z")
        .sample(
            "/api/exports/as-of/{report}.{extension}",
            "/api/exports/as-of/overall.csv?at=2000-01-01T00:00:00Z")
        .sample(
            "/api/exports/as-of/rollups/{dimension}.{extension}",
            "/api/exports/as-of/rollups/PARTNER.xlsx?at=2000-01-01T00:00:00Z")
        .sample("/api/exports/programs.{extension}", "/api/exports/programs.xlsx?lang=ko")
        .sample(
            "/api/exports/programs/{programId}/attendance.{extension}",
            "/api/exports/programs/sample-id/attendance.csv")
        .sample(
            "/api/exports/participants/{participantId}/transcript.{extension}",
            "/api/exports/participants/sample-id/transcript.xlsx")
        .sample("/api/exports/figures/overall.{extension}", "/api/exports/figures/overall.csv")
        .sample("/api/exports/rollups/{dimension}.{extension}", "/api/exports/rollups/TRACK.csv")
        .sample("/api/exports/attendance.{extension}", "/api/exports/attendance.csv")
        .sample("/api/exports/selection.{extension}", "/api/exports/selection.csv")
        .sample("/api/exports/selection/quotas.{extension}", "/api/exports/selection/quotas.csv")
        .sample("/api/exports/crew/distinct.{extension}", "/api/exports/crew/distinct.csv")
        .sample("/api/reports/as-of", "/api/reports/as-of?at=2024-12-31T23:59:59Z")
        .sample(
            "/api/reports/as-of/manifested",
            "/api/reports/as-of/manifested?at=2024-12-31T23:59:59Z")
        .verify(context, port);
  }
}
