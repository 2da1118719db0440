package org.sitrep.store;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes an ACLED-format CSV of made-up events, for benchmarks: dates spread over two years,
 * points spread over a few conflict regions, the columns of ACLED's older export layout. The same
 * seed writes the same file.
 */
public final class SyntheticAcled {

  /** The first day of the synthetic events. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2019, 1, 1);

  /** How many days the events span. */
  public static final int DAYS = 730;

  /** Region centres (lat, lon) and the country each stands for. */
  private static final Object[][] REGIONS = {
    {35.9, 36.6, "Syria"}, {33.3, 44.4, "Iraq"}, {34.5, 69.2, "Afghanistan"}, {11.8, 13.2, "Nigeria"},
    {-1.7, 29.2, "Democratic Republic of Congo"}, {19.4, -99.1, "Mexico"}, {48.0, 37.8, "Ukraine"},
    {15.4, 44.2, "Yemen"}, {13.5, 2.1, "Niger"}, {2.0, 45.3, "Somalia"}
  };

  private static final String HEADER =
      "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,"
          + "sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,"
          + "country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,"
          + "source_scale,notes,fatalities,timestamp,iso3\n";

  private SyntheticAcled() {}

  /** A point {lat, lon} where the synthetic events lie: in one of the regions, chosen at random. */
  public static double[] point(SplittableRandom random) {
    return point(random, random.nextInt(REGIONS.length));
  }

  private static double[] point(SplittableRandom random, int region) {
    return new double[] {
      (double) REGIONS[region][0] + random.nextDouble(-3, 3), (double) REGIONS[region][1] + random.nextDouble(-3, 3)
    };
  }

  /** Writes {@code rows} events. */
  public static void write(Writer out, int rows, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    out.write(HEADER);
    StringBuilder line = new StringBuilder(400);
    for (int i = 1; i <= rows; i++) {
      int r = random.nextInt(REGIONS.length);
      LocalDate day = FIRST_DAY.plusDays(random.nextInt(DAYS));
      double[] point = point(random, r);
      double lat = point[0];
      double lon = point[1];
      String country = (String) REGIONS[r][2];
      line.setLength(0);
      line.append(i).append(",0,SYN").append(i).append(',').append(i).append(',').append(day).append(',')
          .append(day.getYear()).append(',').append(1 + random.nextInt(3))
          .append(",Battles,Armed clash,Military Forces of ").append(country).append(",,1,Rebels,,2,12,Region,")
          .append(country).append(",Admin").append(random.nextInt(10)).append(",,,Place ").append(random.nextInt(5000))
          .append(',').append(String.format(Locale.ROOT, "%.4f,%.4f", lat, lon)).append(",1,Synthetic,National,")
          .append("\"Made-up clash number ").append(i).append(".\",").append(random.nextInt(5))
          .append(",1600000000,XXX\n");
      out.write(line.toString());
    }
  }
}
