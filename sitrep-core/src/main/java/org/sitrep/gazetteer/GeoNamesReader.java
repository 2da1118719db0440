package org.sitrep.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Streams the places of GeoNames-format files ({@code allCountries.txt}, one country's {@code
 * SY.txt}, {@code cities500.txt}, plain or as the {@code .zip} GeoNames serves) to a consumer, one
 * line at a time, so that the 1.5 GB {@code allCountries.txt} is never held in memory. Lines
 * starting with {@code #} and blank lines are skipped.
 *
 * <p>A malformed line is skipped and counted, and reported on the message consumer as {@code
 * FILE:LINE: problem} (the first {@value #REPORTED_ERRORS} of a file); a file without a single
 * valid line fails. Progress goes to the same consumer every {@value #PROGRESS_EVERY} lines.
 *
 * <p>Thread-safe: it holds only immutable configuration; each call reads its own file.
 */
public final class GeoNamesReader {

  static final int PROGRESS_EVERY = 100_000;
  static final int REPORTED_ERRORS = 10;

  private final AdminNames names;
  private final Consumer<String> messages;

  /**
   * @param names names of the countries and units the rows refer to by code
   * @param messages receives progress and malformed-line reports, one line each
   */
  public GeoNamesReader(AdminNames names, Consumer<String> messages) {
    this.names = names;
    this.messages = messages;
  }

  /**
   * Reads {@code file}, a GeoNames text file or a zip holding one.
   *
   * @throws GazetteerFileException when the file cannot be read or has no valid line
   */
  public ReadSummary read(Path file, Consumer<GazetteerEntry> places)
      throws GazetteerFileException {
    String display = file.toString();
    try (InputStream in = Files.newInputStream(file)) {
      if (display.toLowerCase(Locale.ROOT).endsWith(".zip")) {
        return readZip(in, file, places);
      }
      return read(
          new InputStreamReader(in, StandardCharsets.UTF_8),
          display,
          file.getFileName().toString(),
          places);
    } catch (NoSuchFileException e) {
      throw new GazetteerFileException(display, "no such file");
    } catch (GazetteerFileException e) {
      throw e;
    } catch (IOException e) {
      throw new GazetteerFileException(display, "cannot be read (" + e.getMessage() + ")");
    }
  }

  /**
   * Reads GeoNames rows from {@code in}.
   *
   * @param display how messages name the input
   * @param source the name recorded as each entry's source
   * @throws GazetteerFileException when the input has no valid line
   * @throws IOException when reading fails
   */
  public ReadSummary read(
      Reader in, String display, String source, Consumer<GazetteerEntry> places)
      throws IOException {
    BufferedReader lines = new BufferedReader(in, 1 << 16);
    long count = 0;
    long entries = 0;
    long malformed = 0;
    String line;
    while ((line = lines.readLine()) != null) {
      count++;
      if (count % PROGRESS_EVERY == 0) {
        messages.accept(
            String.format(Locale.ROOT, "%s: %,d lines, %,d places", display, count, entries));
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      GazetteerEntry entry;
      try {
        entry = GeoNamesLine.parse(line, names, source);
      } catch (IllegalArgumentException e) {
        malformed++;
        if (malformed <= REPORTED_ERRORS) {
          messages.accept(display + ":" + count + ": skipped, " + e.getMessage());
        }
        continue;
      }
      places.accept(entry);
      entries++;
    }
    if (malformed > REPORTED_ERRORS) {
      messages.accept(display + ": " + malformed + " malformed lines skipped in all");
    }
    if (entries == 0) {
      throw new GazetteerFileException(
          display,
          count == 0 ? "empty" : "no valid GeoNames line (" + malformed + " malformed)");
    }
    return new ReadSummary(source, count, entries, malformed);
  }

  private ReadSummary readZip(InputStream raw, Path file, Consumer<GazetteerEntry> places)
      throws IOException {
    ZipInputStream zip = new ZipInputStream(raw, StandardCharsets.UTF_8);
    String base = file.getFileName().toString().replaceFirst("(?i)\\.zip$", "");
    ZipEntry entry;
    while ((entry = zip.getNextEntry()) != null) {
      String name = entry.getName();
      String lower = name.toLowerCase(Locale.ROOT);
      if (entry.isDirectory() || !lower.endsWith(".txt") || lower.endsWith("readme.txt")) {
        continue;
      }
      if (!name.equals(base + ".txt") && !name.endsWith("/" + base + ".txt")) {
        messages.accept(file + ": reading " + name);
      }
      return read(
          new InputStreamReader(zip, StandardCharsets.UTF_8),
          file + "!" + name,
          name.substring(name.lastIndexOf('/') + 1),
          places);
    }
    throw new GazetteerFileException(file.toString(), "zip holds no .txt file");
  }
}
