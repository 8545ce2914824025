package org.crewtraining.reporting.projection;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Map;
import java.util.TreeMap;
import org.crewtraining.readmodels.IssuedCertificate;
import org.crewtraining.readmodels.ProgramSession;
import org.crewtraining.readmodels.SessionAttendance;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The jsonb columns (migration V7) that hold a state's small maps whole: a programme's sessions, an
 * enrollment's attendance entries and certificates, each by id. Written in id order, so a row's
 * text only changes when its content does. Also a programme's admission (V8), one small group kept
 * whole the same way.
 */
final class MapColumns {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  static final TypeReference<Map<String, ProgramSession>> SESSIONS = new TypeReference<>() {};
  static final TypeReference<Map<String, SessionAttendance>> ATTENDANCE = new TypeReference<>() {};
  static final TypeReference<Map<String, IssuedCertificate>> CERTIFICATES =
      new TypeReference<>() {};

  private MapColumns() {}

  static void bind(PreparedStatement ps, int index, Map<String, ?> map) throws SQLException {
    // Types.OTHER: the server casts the text to jsonb.
    ps.setObject(index, JSON.writeValueAsString(new TreeMap<>(map)), Types.OTHER);
  }

  /** A group as one jsonb value, or SQL NULL for null. */
  static void bindValue(PreparedStatement ps, int index, Object value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.OTHER);
    } else {
      ps.setObject(index, JSON.writeValueAsString(value), Types.OTHER);
    }
  }

  static <V> V readValue(ResultSet rs, String column, Class<V> type) throws SQLException {
    String json = rs.getString(column);
    return json == null ? null : JSON.readValue(json, type);
  }

  static <V> Map<String, V> read(ResultSet rs, String column, TypeReference<Map<String, V>> type)
      throws SQLException {
    String json = rs.getString(column);
    return json == null ? Map.of() : JSON.readValue(json, type);
  }
}
