package org.crewtraining.support.kafka;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.kafka.config.AbstractKafkaListenerContainerFactory;

/**
 * Sets {@code fixTxOffsets} on every listener container factory of the context (Spring Boot's and
 * any a service declares), so on every container they create. Every record on our topics comes from
 * a Kafka transaction (the outbox relay), and each transaction ends with a commit marker on every
 * partition it wrote: the offset one past the last record is that marker. A read_committed consumer
 * commits "last record + 1", so Kafka's tools (end offset − committed offset) would show lag 1 on
 * every partition when idle. With this set, the container commits its position (past the marker)
 * before its next poll when nothing else moved it.
 */
final class TransactionMarkerOffsets implements BeanPostProcessor {

  @Override
  public Object postProcessBeforeInitialization(Object bean, String beanName) {
    if (bean instanceof AbstractKafkaListenerContainerFactory<?, ?, ?> factory) {
      factory.getContainerProperties().setFixTxOffsets(true);
    }
    return bean;
  }
}
