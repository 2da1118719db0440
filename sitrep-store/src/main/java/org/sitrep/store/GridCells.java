package org.sitrep.store;

import java.util.ArrayList;
import java.util.List;

/**
 * One-degree squares of the globe, numbered {@code floor(lat + 90) * 360 + floor(lon + 180)}: the
 * store indexes events by square and day, so a box query reads only the squares it covers.
 */
final class GridCells {

  /** Boxes covering more squares than this are filtered by coordinates alone. */
  static final int MAX_CELLS = 400;

  private GridCells() {}

  /** The square of an event's point; null without one. */
  static Integer of(StoredEvent e) {
    return e.hasPoint() ? of(e.latitude(), e.longitude()) : null;
  }

  static int of(double lat, double lon) {
    int row = (int) Math.min(179, Math.floor(lat + 90));
    int column = (int) Math.min(359, Math.floor(lon + 180));
    return row * 360 + column;
  }

  /** The squares a box (minLon, minLat, maxLon, maxLat) touches, or null when too many. */
  static List<Integer> covering(double[] box) {
    int west = (int) Math.floor(box[0] + 180);
    int east = (int) Math.min(359, Math.floor(box[2] + 180));
    int south = (int) Math.floor(box[1] + 90);
    int north = (int) Math.min(179, Math.floor(box[3] + 90));
    if ((long) (east - west + 1) * (north - south + 1) > MAX_CELLS) {
      return null;
    }
    List<Integer> cells = new ArrayList<>();
    for (int row = Math.max(0, south); row <= north; row++) {
      for (int column = Math.max(0, west); column <= east; column++) {
        cells.add(row * 360 + column);
      }
    }
    return cells;
  }
}
