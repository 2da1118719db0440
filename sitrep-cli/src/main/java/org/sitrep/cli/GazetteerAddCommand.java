package org.sitrep.cli;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.GazetteerEntry;
import org.sitrep.gazetteer.GazetteerHome;
import org.sitrep.gazetteer.GazetteerIndexer;
import org.sitrep.gazetteer.UserPlaces;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep gazetteer add}: adds a place of the user's to {@code
 * $SITREP_HOME/gazetteer/user-places.txt} (GeoNames format; never the project's files) and to the
 * index, so that rebuilding the gazetteer keeps it.
 */
@Command(
    name = "add",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Adds a place to the user's gazetteer file and the index.",
    description =
        "Appends a GeoNames row to $SITREP_HOME/gazetteer/user-places.txt and indexes it."
            + " --admin1 takes a first-level unit's name, which must be in the gazetteer.",
    footerHeading = "%nExit codes:%n",
    footer = {"  0  added", "  2  usage error (bad point, unknown unit)", "  3  Sitrep failed"})
final class GazetteerAddCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "NAME", description = "the place's name")
  private String name;

  @Parameters(index = "1", paramLabel = "LAT", description = "latitude, degrees north")
  private double latitude;

  @Parameters(index = "2", paramLabel = "LON", description = "longitude, degrees east")
  private double longitude;

  @Option(names = "--country", paramLabel = "CC", description = "ISO 3166 two-letter code")
  private String country;

  @Option(names = "--admin1", paramLabel = "NAME", description = "its first-level unit")
  private String admin1;

  @Option(
      names = "--feature-code",
      paramLabel = "CODE",
      defaultValue = "PPL",
      description = "GeoNames feature code (default: ${DEFAULT-VALUE})")
  private String featureCode;

  @Option(
      names = "--alternate",
      paramLabel = "NAME",
      description = "another name or spelling (repeatable)")
  private List<String> alternates = List.of();

  @Option(names = "--population", paramLabel = "N", defaultValue = "0", description = "people")
  private long population;

  @Spec private CommandSpec spec;

  private final Streams streams;
  private final Supplier<GazetteerHome> home;

  GazetteerAddCommand(Streams streams, Supplier<GazetteerHome> home) {
    this.streams = streams;
    this.home = home;
  }

  @Override
  public Integer call() throws IOException {
    check(!name.isBlank(), "NAME must not be blank");
    check(latitude >= -90 && latitude <= 90, "LAT must lie in -90..90, was " + latitude);
    check(longitude >= -180 && longitude <= 180, "LON must lie in -180..180, was " + longitude);
    check(population >= 0, "--population must not be negative");
    String code = featureCode.strip().toUpperCase(Locale.ROOT);
    check(code.matches("[A-Z0-9]{2,10}"), "--feature-code must be a GeoNames code such as PPL");
    String cc = country == null ? "" : country.strip().toUpperCase(Locale.ROOT);
    check(cc.isEmpty() || cc.matches("[A-Z]{2}"), "--country must be a two-letter ISO code");
    GazetteerHome gazetteer = home.get();
    boolean indexed = GazetteerIndexer.exists(gazetteer.index());
    String admin1Code = "";
    if (admin1 != null) {
      String given = cc;
      check(indexed, "--admin1 needs the gazetteer: run ./sitrep setup first");
      GazetteerEntry unit =
          unit(gazetteer, admin1, given)
              .orElseThrow(
                  () ->
                      new ParameterException(
                          spec.commandLine(),
                          "no first-level unit named '" + admin1 + "'"
                              + (given.isEmpty() ? "" : " in " + given)
                              + " in the gazetteer"));
      admin1Code = unit.admin1Code();
      cc = unit.countryCode();
    }
    GazetteerEntry place =
        new GazetteerEntry(
            0, name.strip(), "", alternates, latitude, longitude, featureClass(code), code, cc,
            "", admin1Code, "", "", "", population, UserPlaces.SOURCE);
    boolean inIndex = UserPlaces.add(gazetteer, place);
    streams.err().println("sitrep: gazetteer: added " + name + " to " + gazetteer.userPlaces());
    if (!inIndex) {
      streams.err().println("sitrep: gazetteer: no index yet; './sitrep setup' will include it");
    }
    return ExitCode.OK;
  }

  private static Optional<GazetteerEntry> unit(GazetteerHome home, String name, String cc)
      throws IOException {
    try (Gazetteer gazetteer = Gazetteer.open(home.index())) {
      return gazetteer.lookup(name, 50).stream()
          .filter(e -> e.featureCode().equals("ADM1") && !e.admin1Code().isEmpty())
          .filter(e -> cc.isEmpty() || e.countryCode().equals(cc))
          .findFirst();
    }
  }

  /** The GeoNames feature class of a feature code. */
  static String featureClass(String code) {
    if (code.startsWith("PPL")) {
      return "P";
    }
    if (code.startsWith("ADM") || code.startsWith("PCL") || code.equals("TERR")) {
      return "A";
    }
    if (code.startsWith("RD") || code.equals("ST") || code.equals("TRL")) {
      return "R";
    }
    if (code.startsWith("STM") || code.startsWith("LK") || code.startsWith("WAD")) {
      return "H";
    }
    if (code.startsWith("MT") || code.startsWith("HLL") || code.equals("PASS")) {
      return "T";
    }
    return code.equals("AREA") || code.equals("RGN") ? "L" : "S";
  }

  private void check(boolean ok, String message) {
    if (!ok) {
      throw new ParameterException(spec.commandLine(), message);
    }
  }
}
