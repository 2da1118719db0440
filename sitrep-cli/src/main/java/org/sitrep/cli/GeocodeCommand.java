package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.actors.ActorRegistry;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.GazetteerEntry;
import org.sitrep.gazetteer.GazetteerHome;
import org.sitrep.gazetteer.GazetteerMatch;
import org.sitrep.gazetteer.NoGazetteerException;
import org.sitrep.geocode.TextGeocoder;
import org.sitrep.knowledge.KnowledgeFiles;
import org.sitrep.nlp.CoreNlpAnnotator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep geocode "TEXT"}: the gazetteer's ranked candidates for TEXT, looked up as one
 * place name; with {@code --text}, the place names found in TEXT, resolved together with their
 * precision, as the pipeline resolves an article's.
 */
@Command(
    name = "geocode",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Prints the places of the gazetteer that a name may mean, best first.",
    description =
        "Looks TEXT up as one place name: exact matches of the folded name first, then"
            + " romanisation variants (Maaret al-Noman, Ma'arrat an-Nu'man), then fuzzy matches;"
            + " within each, administrative units and populated places before other features,"
            + " then by population. Columns: match, name, country, admin1, feature_code,"
            + " population, latitude, longitude, geonameid.",
    footerHeading = "%nExit codes:%n",
    footer = {"  0  looked up (maybe nothing found)", "  1  there is no gazetteer yet", "  2  usage error"})
final class GeocodeCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "TEXT", description = "a place name")
  private String text;

  @Option(
      names = "--max",
      paramLabel = "N",
      defaultValue = "10",
      description = "print at most N candidates (default: ${DEFAULT-VALUE})")
  private int max;

  @Option(
      names = "--country",
      paramLabel = "CC",
      split = ",",
      description = "put places of these countries (ISO codes) first within each match level")
  private List<String> countries = List.of();

  @Option(names = "--json", description = "print a JSON array instead of a table")
  private boolean json;

  @Spec private CommandSpec spec;

  private final Streams streams;
  private final Supplier<Path> home;

  GeocodeCommand(Streams streams, Supplier<Path> home) {
    this.streams = streams;
    this.home = home;
  }

  @Option(
      names = "--text",
      description = "read TEXT as running text: find its place names and resolve them together, each"
          + " with its precision (columns: name, start, end, location, country, admin1, latitude,"
          + " longitude, geo_precision); loads the NLP models (a few seconds)")
  private boolean runningText;

  @Override
  public Integer call() throws IOException {
    if (max < 1) {
      throw new ParameterException(spec.commandLine(), "--max must be at least 1, was " + max);
    }
    if (runningText) {
      return geocodeText();
    }
    List<GazetteerMatch> matches;
    try (Gazetteer gazetteer = Gazetteer.open(new GazetteerHome(home.get()).index())) {
      Set<String> focus = new HashSet<>();
      countries.forEach(c -> focus.add(c.strip().toUpperCase(Locale.ROOT)));
      matches = gazetteer.find(text, max, focus);
    } catch (NoGazetteerException e) {
      streams.err().println("sitrep: " + e.getMessage());
      return ExitCode.UNREADABLE_INPUT;
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (GazetteerMatch match : matches) {
      rows.add(row(match));
    }
    print(rows);
    if (rows.isEmpty()) {
      streams.err().println("sitrep: geocode: no place named '" + text + "' in the gazetteer");
    }
    streams.out().flush();
    return ExitCode.OK;
  }

  private int geocodeText() throws IOException {
    List<Map<String, Object>> rows = new ArrayList<>();
    try (Gazetteer gazetteer = Gazetteer.open(new GazetteerHome(home.get()).index())) {
      TextGeocoder geocoder = new TextGeocoder(
          CoreNlpAnnotator.load(), gazetteer, ActorRegistry.load(KnowledgeFiles.builtIn()).countries());
      for (TextGeocoder.Found found : geocoder.geocode(text)) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", found.mention().name());
        row.put("start", found.mention().begin());
        row.put("end", found.mention().end());
        row.put("location", found.place().location());
        row.put("country", found.place().country());
        row.put("admin1", found.place().admin1());
        row.put("latitude", found.place().latitude());
        row.put("longitude", found.place().longitude());
        row.put("geo_precision", found.place().geoPrecision());
        rows.add(row);
      }
    } catch (NoGazetteerException e) {
      streams.err().println("sitrep: " + e.getMessage());
      return ExitCode.UNREADABLE_INPUT;
    }
    print(rows);
    if (rows.isEmpty()) {
      streams.err().println("sitrep: geocode: no place names found in the text");
    }
    streams.out().flush();
    return ExitCode.OK;
  }

  private void print(List<Map<String, Object>> rows) throws IOException {
    if (json) {
      streams.out().println(new ObjectMapper().writeValueAsString(rows));
    } else if (!rows.isEmpty()) {
      streams.out().println(String.join("\t", rows.get(0).keySet()));
      for (Map<String, Object> row : rows) {
        List<String> cells = new ArrayList<>();
        row.values().forEach(v -> cells.add(EvalCommand.cell(v)));
        streams.out().println(String.join("\t", cells));
      }
    }
  }

  private static Map<String, Object> row(GazetteerMatch match) {
    GazetteerEntry e = match.entry();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("match", match.level().name().toLowerCase(Locale.ROOT));
    row.put("name", e.name());
    row.put("country", e.countryName().isEmpty() ? e.countryCode() : e.countryName());
    row.put("country_code", e.countryCode());
    row.put("admin1", e.admin1Name().isEmpty() && !e.featureCode().startsWith("PCL") ? e.admin1Code() : e.admin1Name());
    row.put("feature_code", e.featureCode());
    row.put("population", e.population());
    row.put("latitude", e.latitude());
    row.put("longitude", e.longitude());
    row.put("geonameid", e.geonameId());
    return row;
  }
}
