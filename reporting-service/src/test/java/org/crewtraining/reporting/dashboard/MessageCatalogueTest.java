package org.crewtraining.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.generic.GenericEnumSymbol;
import org.crewtraining.readmodels.AdmissionMode;
import org.crewtraining.readmodels.ReportedProgramStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The dashboard's message catalogues (static/dashboard/messages.{ko,en}.json): every symbol of
 * every Avro enum of the schemas module, and of the reporting enums the page shows, has a label in
 * both languages, and both catalogues have the same messages. A symbol added to a schema without
 * labels fails here.
 */
class MessageCatalogueTest {

  private static final List<String> LANGUAGES = List.of("ko", "en");

  @ParameterizedTest
  @ValueSource(strings = {"ko", "en"})
  void everyEnumSymbolOfTheSchemasHasALabel(String language) throws Exception {
    String catalogue = catalogue(language);
    List<Class<? extends Enum<?>>> enums = schemaEnums();
    enums.add(ReportedProgramStatus.class);
    enums.add(AdmissionMode.class);
    assertThat(enums).hasSizeGreaterThan(20);
    List<String> missing = new ArrayList<>();
    for (Class<? extends Enum<?>> type : enums) {
      Map<String, String> labels = labels(catalogue, type.getSimpleName());
      for (Enum<?> symbol : type.getEnumConstants()) {
        String label = labels == null ? null : labels.get(symbol.name());
        if (label == null || label.isBlank()) {
          missing.add(type.getSimpleName() + "." + symbol.name());
        }
      }
    }
    assertThat(missing).as("symbols without a %s label", language).isEmpty();
  }

  @Test
  void bothLanguagesHaveTheSameMessagesAndEnumsAndKoreanIsKorean() throws Exception {
    Map<String, Object> ko = JsonPath.read(catalogue("ko"), "$.messages");
    Map<String, Object> en = JsonPath.read(catalogue("en"), "$.messages");
    assertThat(ko.keySet()).isEqualTo(en.keySet());
    Map<String, Map<String, String>> koEnums = JsonPath.read(catalogue("ko"), "$.enums");
    Map<String, Map<String, String>> enEnums = JsonPath.read(catalogue("en"), "$.enums");
    assertThat(koEnums.keySet()).isEqualTo(enEnums.keySet());
    koEnums.forEach(
        (type, labels) -> assertThat(labels.keySet()).isEqualTo(enEnums.get(type).keySet()));
    assertThat(koEnums.get("CraftTrack").get("CINEMATOGRAPHY")).isEqualTo("촬영");
    assertThat(enEnums.get("CraftTrack").get("CINEMATOGRAPHY")).isEqualTo("Cinematography");
    for (String language : LANGUAGES) {
      assertThat((String) JsonPath.read(catalogue(language), "$.language")).isEqualTo(language);
    }
  }

  /** Every generated Avro enum of the contracts (org.crewtraining.events). */
  @SuppressWarnings("unchecked")
  private static List<Class<? extends Enum<?>>> schemaEnums() throws IOException {
    List<Class<? extends Enum<?>>> enums = new ArrayList<>();
    Resource[] classes =
        new PathMatchingResourcePatternResolver()
            .getResources("classpath*:org/crewtraining/events/**/*.class");
    for (Resource resource : classes) {
      String path = resource.getURL().toString();
      String name =
          path.substring(path.lastIndexOf("org/crewtraining/events/"), path.length() - 6)
              .replace('/', '.');
      try {
        Class<?> type = Class.forName(name, false, MessageCatalogueTest.class.getClassLoader());
        if (type.isEnum() && GenericEnumSymbol.class.isAssignableFrom(type)) {
          enums.add((Class<? extends Enum<?>>) type);
        }
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalStateException(name, e);
      }
    }
    return enums;
  }

  private static Map<String, String> labels(String catalogue, String type) {
    Map<String, Map<String, String>> enums = JsonPath.read(catalogue, "$.enums");
    return enums.get(type);
  }

  private static String catalogue(String language) throws IOException {
    try (InputStream in =
        MessageCatalogueTest.class.getResourceAsStream(
            "/static/dashboard/messages." + language + ".json")) {
      assertThat(in).as("messages.%s.json", language).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
