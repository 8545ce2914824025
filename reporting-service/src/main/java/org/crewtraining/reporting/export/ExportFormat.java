package org.crewtraining.reporting.export;

import java.util.Locale;
import org.crewtraining.support.web.InvalidFieldException;
import org.springframework.http.MediaType;

/** The file type of a download, given as the URL's extension ({@code programs.csv}). */
public enum ExportFormat {
  CSV("csv", MediaType.parseMediaType("text/csv;charset=UTF-8")),
  XLSX(
      "xlsx",
      MediaType.parseMediaType(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

  /** The name the 400 problem gives the extension when it is neither csv nor xlsx. */
  public static final String PARAMETER = "extension";

  private final String extension;
  private final MediaType mediaType;

  ExportFormat(String extension, MediaType mediaType) {
    this.extension = extension;
    this.mediaType = mediaType;
  }

  public String extension() {
    return extension;
  }

  public MediaType mediaType() {
    return mediaType;
  }

  public static ExportFormat of(String extension) {
    String wanted = extension == null ? "" : extension.toLowerCase(Locale.ROOT);
    for (ExportFormat format : values()) {
      if (format.extension.equals(wanted)) {
        return format;
      }
    }
    throw new InvalidFieldException(PARAMETER, "must be csv or xlsx");
  }
}
