package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.sitrep.gazetteer.GazetteerHome;
import org.sitrep.gazetteer.GazetteerIndexer;
import org.sitrep.gazetteer.NoGazetteerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitrep gazetteer export}: the whole gazetteer as one GeoNames-format file (19
 * tab-separated columns), the input CLAVIN and other GeoNames tools build their indexes from.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    header = "Writes the whole gazetteer as one GeoNames-format file.",
    description =
        "Writes every place of the gazetteer as a GeoNames row (19 tab-separated columns) to"
            + " standard output or FILE. Places without a GeoNames id (curated and user places,"
            + " countries and units from other sources) get ids from 2000000000 on.",
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  exported",
      "  1  there is no gazetteer yet, or FILE cannot be written",
      "  2  usage error"
    })
final class GazetteerExportCommand implements Callable<Integer> {

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "write to FILE instead of standard output")
  private String output;

  private final Streams streams;
  private final Supplier<GazetteerHome> home;

  GazetteerExportCommand(Streams streams, Supplier<GazetteerHome> home) {
    this.streams = streams;
    this.home = home;
  }

  @Override
  public Integer call() throws IOException {
    Path index = home.get().index();
    if (!GazetteerIndexer.exists(index)) {
      streams.err().println("sitrep: " + new NoGazetteerException(index).getMessage());
      return ExitCode.UNREADABLE_INPUT;
    }
    long rows;
    try (GazetteerIndexer indexer = GazetteerIndexer.open(index)) {
      if (output == null) {
        Writer out =
            new BufferedWriter(new OutputStreamWriter(streams.out(), StandardCharsets.UTF_8));
        rows = indexer.export(out);
      } else {
        Path file;
        try {
          file = Path.of(output);
        } catch (InvalidPathException e) {
          streams.err().println("sitrep: " + output + ": not a valid file name");
          return ExitCode.UNREADABLE_INPUT;
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
          rows = indexer.export(out);
        } catch (IOException e) {
          streams.err().println("sitrep: " + output + ": cannot be written (" + e.getMessage() + ")");
          return ExitCode.UNREADABLE_INPUT;
        }
      }
    }
    streams.err().println("sitrep: gazetteer: exported " + rows + " places");
    return ExitCode.OK;
  }
}
