package org.sitrep.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trivial geoparser that {@code sitrep eval geo} prints beside the real one: every toponym
 * goes to the most populous gazetteer entry bearing its name, whatever the context (the
 * "population" baseline of the geoparsing literature). To find toponyms itself it looks up every
 * run of one to {@value #MAX_WORDS} capitalised words, longest first, and keeps the runs the
 * gazetteer knows.
 *
 * <p>Thread-safe if its {@link PlaceLookup} is.
 */
public final class PopulationBaseline implements Geoparser {

  static final int MAX_WORDS = 3;

  /** A capitalised word: a capital letter then letters, apostrophes or hyphens. */
  private static final Pattern WORD = Pattern.compile("\\p{Lu}[\\p{L}'’-]*");

  private final PlaceLookup places;

  public PopulationBaseline(PlaceLookup places) {
    this.places = places;
  }

  @Override
  public List<ResolvedToponym> resolve(String text, List<TextSpan> toponyms) {
    List<ResolvedToponym> resolved = new ArrayList<>(toponyms.size());
    for (TextSpan span : toponyms) {
      String name = text.substring(span.start(), span.end());
      resolved.add(
          lookUp(name, span.start(), span.end())
              .orElse(ResolvedToponym.unresolved(text, span)));
    }
    return resolved;
  }

  @Override
  public List<ResolvedToponym> parse(String text) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(new int[] {m.start(), m.end()});
    }
    List<ResolvedToponym> found = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int taken = 0;
      for (int n = Math.min(MAX_WORDS, words.size() - i); n >= 1 && taken == 0; n--) {
        if (!adjacent(text, words, i, n)) {
          continue;
        }
        int start = words.get(i)[0];
        int end = words.get(i + n - 1)[1];
        Optional<ResolvedToponym> hit = lookUp(text.substring(start, end), start, end);
        if (hit.isPresent()) {
          found.add(hit.get());
          taken = n;
        }
      }
      i += Math.max(1, taken);
    }
    return found;
  }

  /** True when words i..i+n-1 are separated by single spaces only. */
  private static boolean adjacent(String text, List<int[]> words, int i, int n) {
    for (int k = i + 1; k < i + n; k++) {
      if (!text.substring(words.get(k - 1)[1], words.get(k)[0]).equals(" ")) {
        return false;
      }
    }
    return true;
  }

  private Optional<ResolvedToponym> lookUp(String name, int start, int end) {
    return places
        .mostPopulous(name)
        .map(p -> new ResolvedToponym(start, end, name, p.latitude(), p.longitude(), p.geonameId()));
  }
}
