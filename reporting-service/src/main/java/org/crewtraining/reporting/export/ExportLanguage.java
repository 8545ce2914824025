package org.crewtraining.reporting.export;

import java.util.Locale;
import org.crewtraining.readmodels.report.HeaderLanguage;
import org.crewtraining.support.web.InvalidFieldException;

/** The {@code lang} parameter of a download: headers (and file name) in English or Korean. */
final class ExportLanguage {

  private ExportLanguage() {}

  static HeaderLanguage of(String lang) {
    if (lang == null) {
      return HeaderLanguage.EN;
    }
    return switch (lang.toLowerCase(Locale.ROOT)) {
      case "en" -> HeaderLanguage.EN;
      case "ko" -> HeaderLanguage.KO;
      default -> throw new InvalidFieldException("lang", "must be en or ko");
    };
  }
}
