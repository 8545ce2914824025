package org.crewtraining.support.security;

import java.util.List;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/** The networks a management request may come from; a malformed entry fails start-up. */
public final class AllowedNetworks {

  private final List<IpAddressMatcher> networks;

  public AllowedNetworks(List<String> cidrs) {
    this.networks = cidrs.stream().map(String::strip).map(IpAddressMatcher::new).toList();
  }

  /** Whether {@code address} (an IP literal, as {@code getRemoteAddr()} gives it) is allowed. */
  public boolean allows(String address) {
    if (address == null || address.isBlank()) {
      return false;
    }
    try {
      return networks.stream().anyMatch(network -> network.matches(address));
    } catch (IllegalArgumentException notAnAddress) {
      return false;
    }
  }
}
