package org.crewtraining.readmodels.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A report as a table: named columns over rows of one record type (the records the JSON API
 * returns). The table does not hold rows: they are handed, one at a time and in the order the
 * table's definition documents, to a {@link TableWriter}.
 *
 * @param key stable name of the report (file names, manifests), e.g. {@code programs}
 * @param english title for people, e.g. "Programmes"
 * @param korean Korean title, e.g. "프로그램"
 */
public record ReportTable<T>(
    String key, String english, String korean, List<ReportColumn<T>> columns) {

  public ReportTable {
    columns = List.copyOf(columns);
  }

  public static <T> Builder<T> builder(String key, String english, String korean) {
    return new Builder<>(key, english, korean);
  }

  /** The title in the given language (the key for {@link HeaderLanguage#KEYS}). */
  public String title(HeaderLanguage language) {
    return switch (language) {
      case KEYS -> key;
      case EN -> english;
      case KO -> korean;
    };
  }

  public List<String> headers(HeaderLanguage language) {
    return columns.stream().map(c -> c.header(language)).toList();
  }

  public List<String> keys() {
    return headers(HeaderLanguage.KEYS);
  }

  /** The row's values, one per column, as they are. */
  public List<Object> values(T row) {
    List<Object> values = new ArrayList<>(columns.size());
    for (ReportColumn<T> column : columns) {
      values.add(column.valueOf(row));
    }
    return values;
  }

  /** The row's cells as the canonical CSV writes them ({@link CellText}). */
  public List<String> texts(T row) {
    List<String> texts = new ArrayList<>(columns.size());
    for (ReportColumn<T> column : columns) {
      texts.add(CellText.of(column.valueOf(row)));
    }
    return texts;
  }

  /** Columns in the order added. */
  public static final class Builder<T> {
    private final String key;
    private final String english;
    private final String korean;
    private final List<ReportColumn<T>> columns = new ArrayList<>();

    private Builder(String key, String english, String korean) {
      this.key = key;
      this.english = english;
      this.korean = korean;
    }

    public Builder<T> column(
        String key, String english, String korean, Function<? super T, ?> value) {
      if (columns.stream().anyMatch(c -> c.key().equals(key))) {
        throw new IllegalArgumentException("column " + key + " twice in " + this.key);
      }
      columns.add(new ReportColumn<>(key, english, korean, value));
      return this;
    }

    /** Adds the columns of another table whose rows this table's rows lead to. */
    public <S> Builder<T> columns(List<ReportColumn<S>> others, Function<? super T, S> to) {
      for (ReportColumn<S> c : others) {
        column(
            c.key(),
            c.english(),
            c.korean(),
            row -> {
              S inner = to.apply(row);
              return inner == null ? null : c.valueOf(inner);
            });
      }
      return this;
    }

    public ReportTable<T> build() {
      return new ReportTable<>(key, english, korean, columns);
    }
  }
}
