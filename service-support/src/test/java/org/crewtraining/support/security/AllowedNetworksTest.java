package org.crewtraining.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The management port's network policy as a table: the default (loopback only) and a configured
 * list, for the addresses Tomcat reports as {@code getRemoteAddr()}. The integration tests of the
 * services check it over a real connection from a non-loopback address where the host has one.
 */
class AllowedNetworksTest {

  private static final AllowedNetworks LOOPBACK =
      new AllowedNetworks(new ManagementNetworkProperties(null).allowedNetworks());
  private static final AllowedNetworks CLUSTER =
      new AllowedNetworks(List.of("127.0.0.1", "10.0.0.0/8", " fd00::/64 "));

  @ParameterizedTest(name = "{0}: loopback default {1}, configured {2}")
  @CsvSource({
    "127.0.0.1, true, true",
    "127.1.2.3, true, false",
    "0:0:0:0:0:0:0:1, true, false",
    "::1, true, false",
    "10.1.2.3, false, true",
    "11.0.0.1, false, false",
    "192.0.2.2, false, false",
    "fd00:0:0:0:0:0:0:2, false, true",
    "fd00:0:0:1:0:0:0:2, false, false",
    "::ffff:10.1.2.3, false, true",
    "'', false, false",
    "localhost, false, false",
    "not-an-address, false, false"
  })
  void allowsOnlyAddressesInTheNetworks(String address, boolean byDefault, boolean configured) {
    assertThat(LOOPBACK.allows(address)).as("default").isEqualTo(byDefault);
    assertThat(CLUSTER.allows(address)).as("configured").isEqualTo(configured);
  }

  @Test
  void noAddressIsAllowed() {
    assertThat(LOOPBACK.allows(null)).isFalse();
  }

  @Test
  void aMalformedNetworkFailsAtOnce() {
    assertThatThrownBy(() -> new AllowedNetworks(List.of("10.0.0.0/33")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
