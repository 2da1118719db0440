package org.sitrep.clavin;

import com.bericotech.clavin.index.IndexDirectoryBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds CLAVIN's Lucene 4.9 index from a GeoNames file (the one {@code ./sitrep gazetteer export}
 * writes) and keeps it: the index directory holds a stamp with the SHA-256 of the file it was
 * built from, and is rebuilt only when that changes.
 *
 * <p>CLAVIN's {@code IndexDirectoryBuilder.main} calls {@code System.exit} on bad input, so this
 * class calls its {@code buildIndex} directly, through the private constructor that {@code main}
 * uses (no full ancestry, no alternate-names file: what {@code main} does by default).
 *
 * <p>Not thread-safe: two builders must not share an index directory.
 */
public final class ClavinIndexBuilder {

  private static final String STAMP = "sitrep-source.sha256";

  private ClavinIndexBuilder() {}

  /**
   * Makes sure {@code index} holds CLAVIN's index of {@code gazetteer}; returns whether it had to
   * be built.
   */
  public static boolean ensure(Path gazetteer, Path index) throws IOException {
    String digest = sha256(gazetteer);
    Path stamp = index.resolve(STAMP);
    if (Files.isRegularFile(stamp) && Files.readString(stamp).strip().equals(digest)) {
      return false;
    }
    delete(index);
    Files.createDirectories(index.getParent() == null ? Path.of(".") : index.getParent());
    build(gazetteer, index);
    Files.writeString(stamp, digest + "\n");
    return true;
  }

  /** Builds the index of {@code gazetteer} into {@code index}, which must not exist. */
  static void build(Path gazetteer, Path index) throws IOException {
    IndexDirectoryBuilder builder;
    try {
      Constructor<IndexDirectoryBuilder> constructor =
          IndexDirectoryBuilder.class.getDeclaredConstructor(boolean.class);
      constructor.setAccessible(true);
      builder = constructor.newInstance(false);
    } catch (NoSuchMethodException
        | InstantiationException
        | IllegalAccessException
        | InvocationTargetException e) {
      throw new IllegalStateException("not CLAVIN 2.1.0's IndexDirectoryBuilder: " + e, e);
    }
    builder.buildIndex(index.toFile(), List.of(gazetteer.toFile()), null);
  }

  private static String sha256(Path file) throws IOException {
    try (InputStream in =
        new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
      return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
