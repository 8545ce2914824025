package org.crewtraining.enrollment.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeatAllocationTest {

  @Test
  void aNewcomerGetsASeatWhileOneIsFreeAndNobodyWaits() {
    assertThat(SeatAllocation.placeNewcomer(10, 0, 0)).isZero();
    assertThat(SeatAllocation.placeNewcomer(10, 9, 0)).isZero();
  }

  @Test
  void aNewcomerJoinsTheEndOfTheWaitlistWhenFull() {
    assertThat(SeatAllocation.placeNewcomer(10, 10, 0)).isEqualTo(1);
    assertThat(SeatAllocation.placeNewcomer(10, 10, 4)).isEqualTo(5);
  }

  @Test
  void aNewcomerNeverOvertakesSomeoneWaiting() {
    assertThat(SeatAllocation.placeNewcomer(10, 9, 2)).isEqualTo(3);
  }

  @Test
  void afterACapacityCutNewcomersWaitUntilConfirmedDropsBelowTheNewCapacity() {
    // 10 confirmed, capacity cut to 8: nobody is evicted, newcomers wait
    assertThat(SeatAllocation.placeNewcomer(8, 10, 0)).isEqualTo(1);
    assertThat(SeatAllocation.seatsToPromote(8, 9, 3)).isZero();
    assertThat(SeatAllocation.seatsToPromote(8, 8, 3)).isZero();
    assertThat(SeatAllocation.seatsToPromote(8, 7, 3)).isEqualTo(1);
  }

  @Test
  void freeSeatsGoToTheWaitlistUpToItsLength() {
    assertThat(SeatAllocation.seatsToPromote(15, 10, 3)).isEqualTo(3);
    assertThat(SeatAllocation.seatsToPromote(15, 10, 8)).isEqualTo(5);
    assertThat(SeatAllocation.seatsToPromote(10, 10, 8)).isZero();
    assertThat(SeatAllocation.seatsToPromote(10, 9, 0)).isZero();
  }

  @Test
  void aZeroCapacityProgrammeOnlyWaitlists() {
    assertThat(SeatAllocation.placeNewcomer(0, 0, 0)).isEqualTo(1);
    assertThat(SeatAllocation.seatsToPromote(0, 0, 5)).isZero();
  }

  @Test
  void negativeCountsAreABug() {
    assertThatThrownBy(() -> SeatAllocation.placeNewcomer(1, -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
