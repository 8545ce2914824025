package org.crewtraining.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.crewtraining.demo.plan.DemoPlan;
import org.junit.jupiter.api.Test;

class DemoDataMainTest {

  @Test
  void readsOptionsWithOrWithoutEquals() {
    assertThat(DemoDataMain.parse(new String[] {"--scale", "0.02", "--program-url=http://h:1"}))
        .containsEntry("scale", "0.02")
        .containsEntry("program-url", "http://h:1");
    assertThatThrownBy(() -> DemoDataMain.parse(new String[] {"--sclae", "1"}))
        .hasMessageContaining("unknown option --sclae");
    assertThatThrownBy(() -> DemoDataMain.parse(new String[] {"--scale"}))
        .hasMessageContaining("missing value for --scale");
  }

  @Test
  void onlyTheFullDefaultPlanIsUntagged() {
    assertThat(DemoDataMain.defaultTag(DemoPlan.DEFAULT_SEED, 1)).isEmpty();
    assertThat(DemoDataMain.defaultTag(DemoPlan.DEFAULT_SEED, 0.02)).isEqualTo("scale-0.02");
    assertThat(DemoDataMain.defaultTag(7, 1)).isEqualTo("seed-7-full");
  }

  @Test
  void rejectsAScaleOutsideZeroToOneAndAnEmptyApplicationWindow() {
    assertThat(DemoDataMain.run(new String[] {"--scale", "2"})).isEqualTo(2);
    assertThat(DemoDataMain.run(new String[] {"--application-window", "0", "--dry-run"}))
        .isEqualTo(2);
    assertThat(DemoDataMain.run(new String[] {"--application-window", "90", "--dry-run"})).isZero();
    assertThat(DemoDataMain.run(new String[] {"--scale", "0.02", "--dry-run"})).isZero();
  }
}
