package org.crewtraining.contracts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Shows that a consumer dispatches over the catalogue exhaustively: compiles the consumer's source
 * together with a copy of {@link EventType} that has one more event, and collects the compiler's
 * "switch expression does not cover all possible input values" errors per file.
 *
 * <p>Java 17 rejects a switch <em>expression</em> over an enum that misses a constant and has no
 * {@code default}, so a consumer written that way cannot be built until the new event has a case. A
 * {@code default}, an {@code instanceof} chain or a switch statement compiles silently, and the
 * test using this class fails instead.
 */
public final class CatalogueExhaustiveness {

  /** The event the copy of the catalogue adds. */
  public static final String ADDED_EVENT = "ADDED_FOR_THIS_TEST";

  private static final Path EVENT_TYPE_SOURCE =
      Path.of("..", "schemas", "src", "main", "java", "org", "crewtraining", "contracts")
          .resolve("EventType.java");

  private static final String ENUM_OPENING = "public enum EventType {";

  private CatalogueExhaustiveness() {}

  /** Exhaustiveness errors per consumer source file name, with an event added to the catalogue. */
  public static Map<String, Integer> missingCasesWithAnAddedEvent(Path... consumerSources) {
    return notExhaustive(compile(true, consumerSources));
  }

  /** Every compiler error with today's catalogue: none, or the check itself is broken. */
  public static List<String> errorsWithTodaysCatalogue(Path... consumerSources) {
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compile(false, consumerSources)) {
      if (d.getKind() == Diagnostic.Kind.ERROR) {
        errors.add(d.toString());
      }
    }
    return errors;
  }

  private static List<Diagnostic<? extends JavaFileObject>> compile(
      boolean addEvent, Path... consumerSources) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<JavaFileObject> sources = new ArrayList<>();
      sources.add(eventType(addEvent));
      files.getJavaFileObjects(consumerSources).forEach(sources::add);
      Path out = Files.createTempDirectory("exhaustiveness");
      List<String> options =
          List.of(
              "-proc:none",
              "-implicit:none",
              "-Xlint:none",
              "-nowarn",
              "--release",
              "17",
              "-d",
              out.toString(),
              "-classpath",
              System.getProperty(
                  "surefire.test.class.path", System.getProperty("java.class.path")));
      try {
        compiler.getTask(null, files, diagnostics, options, null, sources).call();
      } finally {
        try (var tree = Files.walk(out)) {
          tree.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
      }
      return diagnostics.getDiagnostics();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The catalogue's source, with one more programme event first if asked. */
  private static JavaFileObject eventType(boolean addEvent) throws IOException {
    if (!Files.exists(EVENT_TYPE_SOURCE)) {
      throw new IllegalStateException(
          "Run from a module directory next to schemas/: " + EVENT_TYPE_SOURCE.toAbsolutePath());
    }
    String source = Files.readString(EVENT_TYPE_SOURCE);
    if (!source.contains(ENUM_OPENING)) {
      throw new IllegalStateException("EventType.java no longer opens with " + ENUM_OPENING);
    }
    if (addEvent) {
      source =
          source.replace(
              ENUM_OPENING,
              ENUM_OPENING
                  + "\n  "
                  + ADDED_EVENT
                  + "(Topic.PROGRAM_EVENTS, programEvent(ProgramClosed.class,"
                  + " ProgramClosed::getMetadata, ProgramClosed::getProgramId)),");
    }
    String text = source;
    return new SimpleJavaFileObject(
        EVENT_TYPE_SOURCE.toAbsolutePath().normalize().toUri(), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
      }
    };
  }

  private static Map<String, Integer> notExhaustive(
      List<Diagnostic<? extends JavaFileObject>> diagnostics) {
    Map<String, Integer> perFile = new TreeMap<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics) {
      if (d.getKind() == Diagnostic.Kind.ERROR
          && d.getCode().startsWith("compiler.err.not.exhaustive")
          && d.getSource() != null) {
        perFile.merge(Path.of(d.getSource().toUri()).getFileName().toString(), 1, Integer::sum);
      }
    }
    return perFile;
  }
}
