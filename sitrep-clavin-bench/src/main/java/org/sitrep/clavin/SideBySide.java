package org.sitrep.clavin;

import com.bericotech.clavin.ClavinException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * CLAVIN 2.1.0 and Sitrep on the same documents and the same places, in one run: accuracy and
 * throughput of geocoding the gold toponyms, one table per gold file.
 *
 * <p>Workload: every article of each gold file (GeoWebNews, LGL or GeoVirus XML); each geoparser
 * resolves the gold toponyms that have coordinates (Sitrep: {@code ./sitrep eval geo FILE
 * --gold-toponyms --json}, run as a child process so that CLAVIN's Lucene 4.9 never shares a class
 * path with Sitrep's Lucene 9; CLAVIN: {@link ClavinGeoparse}, in this JVM, on one thread, like
 * Sitrep's default {@code --threads 1}). Both use the places of Sitrep's gazetteer: unless {@code
 * --export FILE} names an existing export, {@code ./sitrep gazetteer export} writes one, and
 * CLAVIN's index is built from it once ({@link ClavinIndexBuilder}; cached in {@code --index DIR},
 * by default {@code sitrep-clavin-bench/target/clavin-index}). Errors, acc161 (error at most 161
 * km), median and the unresolved error of 20,039 km are defined as in {@code ./sitrep eval geo};
 * docs/s is documents over the seconds spent resolving, one pass, no warm-up on either side.
 * {@code covered} and {@code acc161_covered} need Sitrep's name matcher and are left empty for
 * CLAVIN. The baseline row is Sitrep's: every toponym sent to the most populous place of its name.
 *
 * <p>Run from the repository root, with a gazetteer built by {@code ./sitrep setup}:
 *
 * <pre>{@code
 * scripts/clavin-side-by-side.sh GOLD.xml... [--export FILE] [--index DIR] [--sitrep PATH]
 *     [--hit-depth N] [--context-window N] [--fuzzy]
 * }</pre>
 *
 * <p>Exit codes: 0 done, 2 bad arguments, 1 anything else failed.
 *
 * <p>Not thread-safe; one run per JVM.
 */
public final class SideBySide {

  private static final String USAGE =
      "usage: clavin-side-by-side GOLD.xml... [--export FILE] [--index DIR] [--sitrep PATH]"
          + " [--hit-depth N] [--context-window N] [--fuzzy]";

  /** The options; paths relative to the working directory. */
  record Options(
      List<Path> gold, Path export, Path index, Path sitrep, ClavinGeoparse.Settings settings) {}

  private SideBySide() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs the comparison; the tables go to {@code out}, progress to {@code err}. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      err.println("clavin-side-by-side: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    try {
      compare(options, out, err);
      return 0;
    } catch (IOException | ClavinException | InterruptedException | RuntimeException e) {
      err.println("clavin-side-by-side: " + e);
      return 1;
    }
  }

  static Options parse(String[] args) {
    List<Path> gold = new ArrayList<>();
    Path export = null;
    Path index = Path.of("sitrep-clavin-bench", "target", "clavin-index");
    Path sitrep = Path.of("./sitrep");
    int hitDepth = ClavinGeoparse.Settings.DEFAULT.maxHitDepth();
    int window = ClavinGeoparse.Settings.DEFAULT.maxContextWindow();
    boolean fuzzy = ClavinGeoparse.Settings.DEFAULT.fuzzy();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--export" -> export = Path.of(value(args, ++i, a));
        case "--index" -> index = Path.of(value(args, ++i, a));
        case "--sitrep" -> sitrep = Path.of(value(args, ++i, a));
        case "--hit-depth" -> hitDepth = positive(value(args, ++i, a), a);
        case "--context-window" -> window = positive(value(args, ++i, a), a);
        case "--fuzzy" -> fuzzy = true;
        default -> {
          if (a.startsWith("-")) {
            throw new IllegalArgumentException("unknown option " + a);
          }
          gold.add(Path.of(a));
        }
      }
    }
    if (gold.isEmpty()) {
      throw new IllegalArgumentException("no gold file");
    }
    return new Options(
        gold, export, index, sitrep, new ClavinGeoparse.Settings(hitDepth, window, fuzzy));
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static int positive(String s, String option) {
    try {
      int n = Integer.parseInt(s);
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(option + " needs a positive integer, was " + s);
  }

  private static void compare(Options o, PrintStream out, PrintStream err)
      throws IOException, ClavinException, InterruptedException {
    Path export = o.export();
    if (export == null || !Files.isRegularFile(export)) {
      export = export != null ? export : o.index().resolveSibling("sitrep-gazetteer.txt");
      err.println("clavin-side-by-side: exporting Sitrep's gazetteer to " + export + " ...");
      Files.createDirectories(export.toAbsolutePath().getParent());
      child(o.sitrep(), "gazetteer", "export", "-o", export.toString());
    }
    err.println("clavin-side-by-side: CLAVIN index " + o.index() + " ...");
    long t0 = System.nanoTime();
    if (ClavinIndexBuilder.ensure(export, o.index())) {
      err.printf(Locale.ROOT, "clavin-side-by-side: built in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    }
    ClavinGeoparse clavin = new ClavinGeoparse(o.index(), o.settings());
    for (Path gold : o.gold()) {
      List<GoldDocument> documents = GoldReader.read(gold);
      err.println("clavin-side-by-side: CLAVIN on " + gold + " ...");
      Scores scores = clavin.run(documents);
      err.println("clavin-side-by-side: Sitrep on " + gold + " ...");
      JsonNode sitrep =
          new ObjectMapper()
              .readTree(
                  child(o.sitrep(), "eval", "geo", gold.toString(), "--gold-toponyms", "--json"));
      if (sitrep.path("toponyms").asInt() != scores.toponyms()) {
        err.printf(
            Locale.ROOT,
            "clavin-side-by-side: warning: %s: Sitrep scored %d toponyms, CLAVIN %d%n",
            gold,
            sitrep.path("toponyms").asInt(),
            scores.toponyms());
      }
      out.print(table(gold.getFileName().toString(), o.settings(), scores, sitrep));
      out.flush();
    }
  }

  /** Runs {@code ./sitrep args...}; returns its standard output, its standard error passes on. */
  private static String child(Path sitrep, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(sitrep.toString());
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    process.getOutputStream().close();
    String stdout;
    try (InputStream in = process.getInputStream()) {
      stdout = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int status = process.waitFor();
    if (status != 0) {
      throw new IOException(String.join(" ", command) + " exited with " + status);
    }
    return stdout;
  }

  /** One gold file's table: CLAVIN, Sitrep and Sitrep's population baseline. */
  static String table(
      String gold, ClavinGeoparse.Settings settings, Scores clavin, JsonNode sitrep) {
    StringBuilder s = new StringBuilder();
    String format = "%-24s %9s %7s %9s %9s %8s %10s %8s %14s%n";
    s.append(String.format(Locale.ROOT, "%n%s (gold toponyms)%n", gold));
    s.append(
        String.format(
            Locale.ROOT,
            format,
            "system",
            "toponyms",
            "acc161",
            "mean_km",
            "median_km",
            "exact_id",
            "docs_per_s",
            "covered",
            "acc161_covered"));
    String name =
        "clavin-2.1.0"
            + (settings.equals(ClavinGeoparse.Settings.DEFAULT)
                ? ""
                : String.format(
                    Locale.ROOT,
                    " d%d w%d%s",
                    settings.maxHitDepth(),
                    settings.maxContextWindow(),
                    settings.fuzzy() ? " fuzzy" : ""));
    s.append(
        String.format(
            Locale.ROOT,
            format,
            name,
            clavin.toponyms(),
            fixed(clavin.acc161(), 4),
            fixed(clavin.meanKm(), 1),
            fixed(clavin.medianKm(), 1),
            fixed(clavin.exactId(), 4),
            fixed(clavin.docsPerSecond(), 1),
            "",
            ""));
    s.append(row(format, "sitrep", sitrep));
    if (sitrep.has("baseline")) {
      s.append(row(format, "sitrep baseline", sitrep.get("baseline")));
    }
    return s.toString();
  }

  private static String row(String format, String name, JsonNode n) {
    return String.format(
        Locale.ROOT,
        format,
        name,
        n.path("toponyms").asText(),
        decimal(n, "acc161", 4),
        decimal(n, "mean_km", 1),
        decimal(n, "median_km", 1),
        decimal(n, "exact_id", 4),
        decimal(n, "docs_per_s", 1),
        n.path("covered").asText(),
        decimal(n, "acc161_covered", 4));
  }

  /** The number under {@code key} with {@code decimals} decimals, or its text if no number. */
  private static String decimal(JsonNode n, String key, int decimals) {
    JsonNode value = n.path(key);
    return value.isNumber() ? fixed(value.asDouble(), decimals) : value.asText();
  }

  private static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
