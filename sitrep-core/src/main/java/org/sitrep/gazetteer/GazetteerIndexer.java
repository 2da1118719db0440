package org.sitrep.gazetteer;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;

/**
 * Builds and updates a gazetteer index: adds places, imports GeoNames files, and exports the whole
 * index as one GeoNames-format file. A place replaces the one with the same {@linkplain
 * GazetteerEntry#identity() identity} (its GeoNames id, or else its folded name, country and point).
 * Changes become visible to {@link Gazetteer#open} when the indexer is {@linkplain #close closed}
 * or {@linkplain #commit committed}.
 *
 * <p>Thread-safe (Lucene's {@link IndexWriter} is); only one indexer can hold a directory at a
 * time, across processes too.
 */
public final class GazetteerIndexer implements Closeable {

  /** GeoNames ids of exported places that have none are counted up from here (below 2^31). */
  static final long EXPORT_IDS_FROM = 2_000_000_000L;

  private final FSDirectory directory;
  private final IndexWriter writer;

  private GazetteerIndexer(Path dir, IndexWriterConfig.OpenMode mode) throws IOException {
    Files.createDirectories(dir);
    this.directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(new KeywordAnalyzer());
    config.setOpenMode(mode);
    config.setRAMBufferSizeMB(128);
    try {
      this.writer = new IndexWriter(directory, config);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** Whether {@code dir} holds a gazetteer index. */
  public static boolean exists(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (FSDirectory directory = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(directory);
    }
  }

  /** Opens the index in {@code dir} for updates, creating it when there is none. */
  public static GazetteerIndexer open(Path dir) throws IOException {
    return new GazetteerIndexer(dir, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
  }

  /** Starts an empty index in {@code dir}, replacing any index there on commit. */
  public static GazetteerIndexer create(Path dir) throws IOException {
    return new GazetteerIndexer(dir, IndexWriterConfig.OpenMode.CREATE);
  }

  /** Adds {@code entry}, replacing the entry of the same identity. */
  public void add(GazetteerEntry entry) throws IOException {
    writer.updateDocument(new Term(IndexFields.ID, entry.identity()), IndexFields.toDocument(entry));
  }

  /**
   * Imports a GeoNames file (plain or zipped) with {@code reader}.
   *
   * @throws GazetteerFileException when the file cannot be read or has no valid line
   */
  public ReadSummary importFile(Path file, GeoNamesReader reader) throws IOException {
    try {
      return reader.read(file, this::addUnchecked);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Imports GeoNames rows read from {@code in}, named {@code source}. */
  public ReadSummary importRows(Reader in, String source, GeoNamesReader reader)
      throws IOException {
    try {
      return reader.read(in, source, source, this::addUnchecked);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Makes the changes so far durable and visible to newly opened gazetteers. */
  public void commit() throws IOException {
    writer.commit();
  }

  /**
   * Writes every place of the index (changes not yet committed included) to {@code out} as
   * GeoNames rows, one per line, modified today. Places without a GeoNames id get ids from
   * {@value #EXPORT_IDS_FROM} on, in the order written. Returns the number of rows.
   */
  public long export(Writer out) throws IOException {
    return export(out, LocalDate.now(ZoneOffset.UTC));
  }

  /** As {@link #export(Writer)}, with {@code modified} as every row's modification date. */
  public long export(Writer out, LocalDate modified) throws IOException {
    long rows = 0;
    long nextId = EXPORT_IDS_FROM;
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        LeafReader leafReader = leaf.reader();
        Bits live = leafReader.getLiveDocs();
        StoredFields stored = leafReader.storedFields();
        for (int doc = 0; doc < leafReader.maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Document document = stored.document(doc);
          GazetteerEntry entry = IndexFields.fromDocument(document);
          long id = entry.geonameId() > 0 ? entry.geonameId() : nextId++;
          out.write(GeoNamesLine.format(entry, id, modified));
          out.write('\n');
          rows++;
        }
      }
    }
    out.flush();
    return rows;
  }

  @Override
  public void close() throws IOException {
    try {
      writer.close();
    } finally {
      directory.close();
    }
  }

  private void addUnchecked(GazetteerEntry entry) {
    try {
      add(entry);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
