package org.crewtraining.enrollment.support;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every text column of every table of this service's schema, searched for a piece of text. */
public final class TextColumns {

  private TextColumns() {}

  /** "table.column" of each text-like column (text, varchar, json, arrays) holding the text. */
  public static List<String> holding(JdbcClient jdbc, String text) {
    List<String> columns =
        jdbc.sql(
                "SELECT c.table_name || '.' || c.column_name FROM information_schema.columns c"
                    + " JOIN information_schema.tables t ON t.table_schema = c.table_schema"
                    + " AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'"
                    + " WHERE c.table_schema = current_schema() AND (c.data_type IN"
                    + " ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')"
                    + " OR c.udt_name IN ('text', 'varchar', 'jsonb', 'json'))")
            .query(String.class)
            .list();
    List<String> holding = new ArrayList<>();
    for (String column : columns) {
      String[] parts = column.split("\\.");
      long hits =
          jdbc.sql(
                  "SELECT count(*) FROM \""
                      + parts[0]
                      + "\" WHERE strpos(lower(\""
                      + parts[1]
                      + "\"::text), lower(?)) > 0")
              .param(text)
              .query(Long.class)
              .single();
      if (hits > 0) {
        holding.add(column);
      }
    }
    return holding;
  }

  /** How many text columns there are: a scan that found none would prove nothing. */
  public static long count(JdbcClient jdbc) {
    return jdbc.sql(
            "SELECT count(*) FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND data_type IN ('text', 'jsonb')")
        .query(Long.class)
        .single();
  }
}
