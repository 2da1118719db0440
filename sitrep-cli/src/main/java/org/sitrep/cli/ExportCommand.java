package org.sitrep.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.store.EventFilter;
import org.sitrep.store.EventWriter;
import org.sitrep.store.Store;
import org.sitrep.store.StoreException;
import org.sitrep.store.StoreLocation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep export}: the store's events to standard output, filtered. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Writes the store's events as CSV, JSON or GeoJSON.",
    description =
        "ACLED's columns first, then Sitrep's (sitrep_event_id, sitrep_origin, sitrep_claims,"
            + " sitrep_first_day, sitrep_last_day, sitrep_modality, sitrep_review_state,"
            + " sitrep_reviewed_fields). A date filter honours time_precision: an event"
            + " known only to the month overlaps every day of it.",
    footerHeading = "%nExit codes:%n",
    footer = {"  0  written", "  2  usage error", "  3  the store failed"})
final class ExportCommand implements Callable<Integer> {

  @Mixin StoreOption store;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
      description = "csv, json or geojson (default: ${DEFAULT-VALUE})")
  private EventWriter.Format format;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = DayConverter.class, description = "first day")
  private LocalDate since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD", converter = DayConverter.class, description = "last day")
  private LocalDate until;

  @Option(names = "--bbox", paramLabel = "minLon,minLat,maxLon,maxLat", split = ",",
      description = "only events inside this box")
  private double[] bbox;

  @Option(names = "--country", paramLabel = "NAME", description = "only this country")
  private String country;

  @Option(names = "--type", paramLabel = "TYPE", description = "only this event type or sub-event type")
  private String type;

  @Option(names = "--actor", paramLabel = "WORDS", description = "only events with an actor whose name holds these words")
  private String actor;

  @Option(names = "--source", paramLabel = "WORDS", description = "only events whose sources hold these words")
  private String source;

  private final Streams streams;
  private final Supplier<Path> home;

  ExportCommand(Streams streams, Supplier<Path> home) {
    this.streams = streams;
    this.home = home;
  }

  @Override
  public Integer call() throws IOException {
    StoreLocation location = store.location(home);
    EventFilter filter;
    try {
      filter = new EventFilter(since, until, bbox, country, type, actor, source);
    } catch (IllegalArgumentException e) {
      streams.err().println("sitrep: export: " + e.getMessage());
      return ExitCode.USAGE;
    }
    if (location.isMissingFile()) {
      streams.err().println("sitrep: export: no store at " + location.display() + " (ingest or import-acled first, or give --db)");
      return ExitCode.FAILURE;
    }
    Writer out = new OutputStreamWriter(streams.out(), StandardCharsets.UTF_8);
    long[] written = {0};
    try (Store events = Store.open(location); EventWriter writer = EventWriter.open(format, out)) {
      events.events(filter, e -> {
        try {
          writer.write(e);
          written[0]++;
        } catch (IOException io) {
          throw new UncheckedIOException(io);
        }
      });
    } catch (StoreException e) {
      streams.err().println("sitrep: export: " + e.getMessage());
      return ExitCode.FAILURE;
    }
    out.flush();
    streams.err().println("sitrep: export: " + written[0] + " events");
    return ExitCode.OK;
  }
}
