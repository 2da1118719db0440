package org.sitrep.clavin;

import java.util.List;

/**
 * A gold document: its id and its toponyms with coordinates, in file order.
 *
 * @param id the article's file, docid or position
 * @param toponyms the toponyms to resolve
 */
public record GoldDocument(String id, List<GoldToponym> toponyms) {
  public GoldDocument {
    toponyms = List.copyOf(toponyms);
  }
}
