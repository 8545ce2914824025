package org.crewtraining.faults.stack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Where the services' databases live, and (for a private cluster) a way to take it away. */
public abstract class Postgres implements AutoCloseable {

  private final List<String> created = new ArrayList<>();

  public abstract String host();

  public abstract int port();

  public abstract String user();

  public abstract String password();

  /** Whether {@link #stop()} / {@link #start()} may be used (never on a shared cluster). */
  public abstract boolean stoppable();

  public abstract void stop();

  public abstract void start();

  /** Drops or stops what this run created; never throws. */
  @Override
  public abstract void close();

  /** A prefix that keeps this run's databases apart from everybody else's. */
  protected abstract String databasePrefix();

  public String url(String database) {
    return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
  }

  /** A fresh, empty database; returns its full name. */
  public synchronized String createDatabase(String name) {
    String full = databasePrefix() + name;
    execute("DROP DATABASE IF EXISTS " + full + " WITH (FORCE)");
    execute("CREATE DATABASE " + full);
    created.add(full);
    return full;
  }

  public Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database), user(), password());
  }

  /** One number from a query, e.g. a backlog count. */
  public long queryLong(String database, String sql) {
    try (Connection c = connect(database);
        Statement s = c.createStatement();
        var rows = s.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " on " + database, e);
    }
  }

  protected void execute(String sql) {
    try (Connection c = connect("postgres");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("PostgreSQL refused: " + sql, e);
    }
  }

  protected void dropCreated() {
    for (String database : created) {
      try {
        execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      } catch (RuntimeException e) {
        // best effort: a shared cluster may already be gone at JVM exit
      }
    }
    created.clear();
  }
}
