package org.crewtraining.enrollment.offer;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link OfferExpiryJob} on its interval. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class OfferScheduling {}
