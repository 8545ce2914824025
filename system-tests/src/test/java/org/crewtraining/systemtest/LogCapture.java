package org.crewtraining.systemtest;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Every log line the services write while it is open (they share this JVM's Logback): the whole
 * framework at WARN as configured, and the platform's own code down to DEBUG, captured without
 * printing, so a test can scan what a deployment's log files would hold.
 */
final class LogCapture implements AutoCloseable {

  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private final Logger root;
  private final Logger crew;
  private final Level crewLevel;
  private final boolean crewAdditive;

  LogCapture() {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    appender.setContext(context);
    appender.start();
    root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    crew = context.getLogger("org.crewtraining");
    crewLevel = crew.getLevel();
    crewAdditive = crew.isAdditive();
    root.addAppender(appender);
    crew.addAppender(appender);
    crew.setAdditive(false); // captured, not printed: the build stays quiet
    crew.setLevel(Level.DEBUG);
  }

  /** Each line as a deployment would write it: message, arguments, MDC, exceptions. */
  List<String> lines() {
    List<String> lines = new ArrayList<>();
    for (ILoggingEvent event : List.copyOf(appender.list)) {
      StringBuilder line =
          new StringBuilder(event.getLoggerName())
              .append(' ')
              .append(event.getFormattedMessage())
              .append(' ')
              .append(event.getMDCPropertyMap());
      for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
        line.append(' ').append(t.getClassName()).append(": ").append(t.getMessage());
      }
      lines.add(line.toString());
    }
    return lines;
  }

  @Override
  public void close() {
    crew.setLevel(crewLevel);
    crew.setAdditive(crewAdditive);
    crew.detachAppender(appender);
    root.detachAppender(appender);
    appender.stop();
  }
}
