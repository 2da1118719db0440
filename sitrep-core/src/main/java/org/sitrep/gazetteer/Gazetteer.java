package org.sitrep.gazetteer;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * A read-only view of a gazetteer index: looks place names up, tells whether a name is known near
 * a point, and describes the index. It sees the index as it was when opened.
 *
 * <p>A name is matched at three {@linkplain MatchLevel levels}, each ranked above the next: its
 * {@linkplain NameFolding folded} form against the folded names of the entries; its {@linkplain
 * ArabicRomanisationKey romanisation key} against theirs; and, for names of six letters or more,
 * keys one edit away (two from ten key letters on). Within the exact and variant levels,
 * administrative units and populated places (feature classes A and P) come first, then the larger
 * population; fuzzy matches are ordered by edit distance first. A caller that knows the countries
 * a text is about can have their places first within each level.
 *
 * <p>Thread-safe: Lucene's searcher is; close it once no lookup runs.
 */
public final class Gazetteer implements Closeable {

  /** Letters a folded name needs before it is matched fuzzily. */
  static final int FUZZY_MIN_LETTERS = 6;

  /** Matches fetched per level before the final ordering. */
  private static final int CANDIDATES = 500;

  /** Fuzzy matches read (the nearest first) before the final ordering. */
  private static final int FUZZY_CANDIDATES = 100;

  private final Path dir;
  private final FSDirectory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private Gazetteer(Path dir, FSDirectory directory, DirectoryReader reader) {
    this.dir = dir;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
  }

  /**
   * Opens the index in {@code dir}.
   *
   * @throws NoGazetteerException when there is no index there
   */
  public static Gazetteer open(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NoGazetteerException(dir);
    }
    FSDirectory directory = FSDirectory.open(dir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new NoGazetteerException(dir);
      }
      return new Gazetteer(dir, directory, DirectoryReader.open(directory));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** The best {@code max} places for {@code name}, best first. */
  public List<GazetteerEntry> lookup(String name, int max) {
    return find(name, max).stream().map(GazetteerMatch::entry).toList();
  }

  /** The best {@code max} places for {@code name} with how each matched, best first. */
  public List<GazetteerMatch> find(String name, int max) {
    return find(name, max, Set.of());
  }

  /**
   * As {@link #find(String, int)}, with the places of {@code countries} (ISO 3166 alpha-2 codes,
   * such as the article's focus) first within each match level.
   */
  public List<GazetteerMatch> find(String name, int max, Set<String> countries) {
    String folded = NameFolding.fold(name);
    if (folded.isEmpty() || max <= 0) {
      return List.of();
    }
    Map<Integer, GazetteerMatch> found = new LinkedHashMap<>();
    try {
      collect(
          new TermQuery(new Term(IndexFields.FOLDED, folded)), MatchLevel.EXACT, countries, found, max);
      String key = ArabicRomanisationKey.ofFolded(folded);
      if (!key.isEmpty() && found.size() < max) {
        collect(
            new TermQuery(new Term(IndexFields.KEY, key)), MatchLevel.VARIANT, countries, found, max);
      }
      if (!key.isEmpty() && found.size() < max && letters(folded) >= FUZZY_MIN_LETTERS) {
        collectFuzzy(folded, key, countries, found, max);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(found.values());
  }

  /**
   * Whether an entry bearing {@code name} (name, ASCII name or an alternate name, {@linkplain
   * NameFolding folded}) lies within {@code km} of the point.
   */
  public boolean covers(String name, double latitude, double longitude, double km) {
    String folded = NameFolding.fold(name);
    if (folded.isEmpty()) {
      return false;
    }
    Query query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term(IndexFields.FOLDED, folded)), BooleanClause.Occur.FILTER)
            .add(
                LatLonPoint.newDistanceQuery(IndexFields.POINT, latitude, longitude, km * 1000),
                BooleanClause.Occur.FILTER)
            .build();
    try {
      return searcher.count(query) > 0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Counts per feature class and per source file, and the index's size on disk. */
  public GazetteerInfo info() throws IOException {
    long bytes = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(file)) {
          bytes += Files.size(file);
        }
      }
    }
    return new GazetteerInfo(
        dir,
        reader.numDocs(),
        counts(IndexFields.FEATURE_CLASS),
        counts(IndexFields.SOURCE),
        bytes);
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } finally {
      directory.close();
    }
  }

  private Map<String, Long> counts(String field) throws IOException {
    Map<String, Long> counts = new HashMap<>();
    Terms terms = MultiTerms.getTerms(reader, field);
    if (terms == null) {
      return counts;
    }
    TermsEnum values = terms.iterator();
    BytesRef value;
    while ((value = values.next()) != null) {
      String text = value.utf8ToString();
      long count = searcher.count(new TermQuery(new Term(field, text)));
      if (count > 0) {
        counts.put(text, count);
      }
    }
    return counts;
  }

  private void collect(
      Query query,
      MatchLevel level,
      Set<String> countries,
      Map<Integer, GazetteerMatch> found,
      int max)
      throws IOException {
    ScoreDoc[] hits = searcher.search(query, Math.max(max, CANDIDATES), IndexFields.RANKING).scoreDocs;
    StoredFields stored = searcher.storedFields();
    List<Map.Entry<Integer, GazetteerEntry>> entries = new ArrayList<>();
    for (ScoreDoc hit : hits) {
      if (countries.isEmpty() && found.size() + entries.size() >= max) {
        break; // already in their final order: no need to read the others
      }
      if (!found.containsKey(hit.doc)) {
        entries.add(Map.entry(hit.doc, IndexFields.fromDocument(stored.document(hit.doc))));
      }
    }
    if (!countries.isEmpty()) {
      entries.sort(Comparator.comparingInt(e -> countries.contains(e.getValue().countryCode()) ? 0 : 1));
    }
    for (Map.Entry<Integer, GazetteerEntry> entry : entries) {
      if (found.size() >= max) {
        return;
      }
      found.put(entry.getKey(), new GazetteerMatch(entry.getValue(), level));
    }
  }

  private void collectFuzzy(
      String folded, String key, Set<String> countries, Map<Integer, GazetteerMatch> found, int max)
      throws IOException {
    int edits = key.length() >= 10 ? 2 : 1;
    // Keys drop vowels, so a key one edit away can be spelled very differently ("Cajembe" and
    // "Colombia"); a fuzzy match must also be spelled nearly alike.
    int spellingEdits = letters(folded) >= 10 ? 3 : 2;
    Query query = new FuzzyQuery(new Term(IndexFields.KEY, key), edits, 1, 50, true);
    // By score: Lucene scores the nearer keys higher, so the first hits are the closest ones.
    ScoreDoc[] hits = searcher.search(query, Math.max(FUZZY_CANDIDATES, 4 * max)).scoreDocs;
    StoredFields stored = searcher.storedFields();
    record Candidate(int doc, GazetteerEntry entry, int elsewhere, int distance) {}
    List<Candidate> candidates = new ArrayList<>();
    for (ScoreDoc hit : hits) {
      if (found.containsKey(hit.doc)) {
        continue;
      }
      GazetteerEntry entry = IndexFields.fromDocument(stored.document(hit.doc));
      int distance = keyDistance(folded, key, entry, spellingEdits);
      if (distance < 0) {
        continue;
      }
      int elsewhere = countries.isEmpty() || countries.contains(entry.countryCode()) ? 0 : 1;
      candidates.add(new Candidate(hit.doc, entry, elsewhere, distance));
    }
    candidates.sort(
        Comparator.comparingInt(Candidate::elsewhere)
            .thenComparingInt(Candidate::distance)
            .thenComparingInt(c -> IndexFields.rank(c.entry().featureClass()))
            .thenComparing(c -> -c.entry().population()));
    for (Candidate candidate : candidates) {
      if (found.size() >= max) {
        return;
      }
      found.put(candidate.doc(), new GazetteerMatch(candidate.entry(), MatchLevel.FUZZY));
    }
  }

  /**
   * The smallest edit distance between {@code key} and the keys of the entry's names, or -1 when
   * none of its names is spelled within {@code spellingEdits} of {@code folded}. Each name is
   * folded once, for both.
   */
  private static int keyDistance(String folded, String key, GazetteerEntry entry, int spellingEdits) {
    int best = Integer.MAX_VALUE;
    boolean alike = false;
    for (String name : entry.allNames()) {
      String other = NameFolding.fold(name);
      // The length difference bounds the edit distance from below: most names need no matrix.
      alike = alike || Math.abs(other.length() - folded.length()) <= spellingEdits
          && Levenshtein.distance(folded, other) <= spellingEdits;
      String otherKey = ArabicRomanisationKey.ofFolded(other);
      if (!otherKey.isEmpty()) {
        best = Math.min(best, Levenshtein.distance(key, otherKey));
      }
    }
    return alike ? best : -1;
  }

  private static int letters(String folded) {
    int letters = 0;
    for (int i = 0; i < folded.length(); i++) {
      letters += Character.isLetter(folded.charAt(i)) ? 1 : 0;
    }
    return letters;
  }
}
