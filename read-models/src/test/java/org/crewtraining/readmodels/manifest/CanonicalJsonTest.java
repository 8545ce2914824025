package org.crewtraining.readmodels.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crewtraining.readmodels.Dimension;
import org.crewtraining.readmodels.ReportPeriod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalJsonTest {

  record Row(String name, double rate, long count, Integer missing, Dimension dimension) {}

  @ParameterizedTest
  @CsvSource({
    "0.8750, 0.875",
    "1.0, 1",
    "-0.0, 0",
    "0.1, 0.1",
    "0.3333, 0.3333",
    "123.45, 123.45",
    "1e21, 1e+21",
    "1e20, 100000000000000000000",
    "0.000001, 0.000001",
    "0.0000001, 1e-7",
    "5e-324, 5e-324",
    "1.7976931348623157e308, 1.7976931348623157e+308",
    "0.30000000000000004, 0.30000000000000004"
  })
  void aFractionalNumberIsTheShortestDecimalThatReadsBackAsTheSameDouble(
      double value, String text) {
    assertThat(CanonicalJson.shortest(value)).isEqualTo(text);
    assertThat(Double.parseDouble(text)).isEqualTo(value == 0 ? 0.0 : value);
  }

  @Test
  void integersAreExactAndAWholeDoubleIsTheSameNumber() {
    assertThat(CanonicalJson.text(List.of(9007199254740993L, 3.0, new BigDecimal("3.000"), 3)))
        .isEqualTo("[9007199254740993,3,3,3]");
  }

  @Test
  void notANumberHasNoJson() {
    assertThatThrownBy(() -> CanonicalJson.text(List.of(Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void membersAreSortedNullsLeftOutStringsEscapedMinimally() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("b", "tab\there \"q\" \\ \u0001 é 한");
    map.put("a", null);
    map.put("B", true);
    map.put("aa", List.of());
    assertThat(CanonicalJson.text(map))
        .isEqualTo("{\"B\":true,\"aa\":[],\"b\":\"tab\\there \\\"q\\\" \\\\ \\u0001 é 한\"}");
  }

  @Test
  void aRecordAndItsJsonParsedIntoMapsHaveTheSameBytes() {
    Map<String, Object> record = new HashMap<>();
    record.put("rows", List.of(new Row("a", 0.5, 2, null, Dimension.COHORT_YEAR)));
    record.put("period", new ReportPeriod(2022, 2024, LocalDate.of(2024, 1, 31), null));
    record.put("asOf", Instant.parse("2024-12-31T23:59:59Z"));

    // What a JSON library hands over for the same report: doubles, ints, strings, a null member.
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("dimension", "COHORT_YEAR");
    row.put("missing", null);
    row.put("count", 2);
    row.put("rate", 0.50);
    row.put("name", "a");
    Map<String, Object> period = new LinkedHashMap<>();
    period.put("to", null);
    period.put("from", "2024-01-31");
    period.put("toYear", 2024);
    period.put("fromYear", 2022);
    Map<String, Object> parsed = new LinkedHashMap<>();
    parsed.put("asOf", "2024-12-31T23:59:59Z");
    parsed.put("period", period);
    parsed.put("rows", new ArrayList<>(Arrays.asList(row)));

    assertThat(CanonicalJson.text(parsed)).isEqualTo(CanonicalJson.text(record));
    assertThat(CanonicalJson.text(record))
        .isEqualTo(
            "{\"asOf\":\"2024-12-31T23:59:59Z\",\"period\":{\"from\":\"2024-01-31\","
                + "\"fromYear\":2022,\"toYear\":2024},\"rows\":[{\"count\":2,"
                + "\"dimension\":\"COHORT_YEAR\",\"name\":\"a\",\"rate\":0.5}]}");
  }

  @Test
  void theDigestIsSha256OfTheCanonicalBytes() {
    ReportDigest digest = ReportDigest.of(CanonicalReport.json(Map.of("a", 1)));
    assertThat(digest.canonicalForm()).isEqualTo(CanonicalJson.FORM);
    assertThat(digest.algorithm()).isEqualTo("SHA-256");
    // printf '{"a":1}' | sha256sum
    assertThat(digest.value())
        .isEqualTo("015abd7f5cc57a2dd94b7590f04ad8084273905ee33ec5cebeae62276a97f862");
  }
}
