package org.crewtraining.readmodels;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.apache.avro.specific.SpecificRecord;
import org.crewtraining.contracts.EventType;
import org.junit.jupiter.api.Test;

/**
 * {@link ReportingState#ofPartners}: what an account bound to partners sees is the read model of
 * the visible programmes' events alone, so every report derived from it counts nothing else.
 */
class PartnerScopeFoldTest {

  private static final String X = "ps";

  @Test
  void aStateRestrictedToPartnersEqualsTheFoldOfTheirProgrammesEventsAlone() {
    ReportingState all = ProjectionFold.fold(PartnerScenario.events(X));
    for (Set<String> partners :
        List.of(
            Set.of(PartnerScenario.KOCCA),
            Set.of(PartnerScenario.KOFIC),
            Set.of(PartnerScenario.NETFLIX, PartnerScenario.KOFIC))) {
      Set<String> visible = PartnerScenario.visible(X, partners);
      List<SpecificRecord> theirs =
          PartnerScenario.events(X).stream()
              .filter(e -> visible.contains(EventType.of(e).keyOf(e)))
              .toList();
      ReportingState restricted = all.ofPartners(partners);
      ReportingState expected = ProjectionFold.fold(theirs);
      assertThat(restricted.programs().keySet()).as("%s", partners).isEqualTo(visible);
      Instant at = Instant.parse("9999-01-01T00:00:00Z");
      assertThat(AsOfReport.of(at, 0, restricted))
          .as("%s", partners)
          .isEqualTo(AsOfReport.of(at, 0, expected));
    }
  }

  @Test
  void aProgrammeNotCreatedYetIsVisibleToNoBoundAccount() {
    ReportingState restricted =
        ProjectionFold.fold(PartnerScenario.events(X))
            .ofPartners(Set.of(PartnerScenario.KOCCA, PartnerScenario.KOFIC, "Netflix"));
    assertThat(restricted.programs()).doesNotContainKey(PartnerScenario.s(X));
    assertThat(restricted.enrollments().values())
        .noneMatch(e -> e.programId().equals(PartnerScenario.s(X)));
  }
}
