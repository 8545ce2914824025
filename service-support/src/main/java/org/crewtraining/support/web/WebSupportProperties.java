package org.crewtraining.support.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxRequestBytes largest accepted request body (64 KB by default)
 */
@ConfigurationProperties("crew.web")
public record WebSupportProperties(Long maxRequestBytes) {

  public WebSupportProperties {
    maxRequestBytes = maxRequestBytes == null ? 64 * 1024L : maxRequestBytes;
  }
}
