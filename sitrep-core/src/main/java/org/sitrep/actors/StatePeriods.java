package org.sitrep.actors;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.knowledge.KnowledgeFiles;
import org.sitrep.knowledge.TsvRow;

/**
 * The government periods of {@code state-forces.tsv}.
 *
 * <p>Thread-safe: immutable.
 */
public final class StatePeriods {

  private final Map<String, List<StatePeriod>> byCountry;

  private StatePeriods(Map<String, List<StatePeriod>> byCountry) {
    this.byCountry = byCountry;
  }

  static StatePeriods load(KnowledgeFiles files) {
    Map<String, List<StatePeriod>> byCountry = new HashMap<>();
    for (TsvRow row : files.rows("state-forces.tsv")) {
      StatePeriod period =
          new StatePeriod(
              row.required("iso3"), day(row, "from"), row.get("to").isEmpty() ? null : day(row, "to"), row.required("years"));
      byCountry.computeIfAbsent(period.iso3(), k -> new ArrayList<>()).add(period);
    }
    byCountry.values().forEach(list -> list.sort(Comparator.comparing(StatePeriod::from)));
    Map<String, List<StatePeriod>> frozen = new HashMap<>();
    byCountry.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new StatePeriods(Map.copyOf(frozen));
  }

  private static LocalDate day(TsvRow row, String column) {
    try {
      return LocalDate.parse(row.required(column));
    } catch (DateTimeParseException e) {
      throw row.error(column + " is not a YYYY-MM-DD date: '" + row.get(column) + "'");
    }
  }

  /**
   * ACLED's years for the government of {@code iso3} on {@code day}: the period that covers the
   * day, else the nearest one before it, else the first; empty for a country without periods. A
   * period that had not ended on {@code asOf} (the day the record is written for; null for
   * today) is open-ended: an article of 2020 speaks of {@code (2000-)}, not {@code (2000-2024)}.
   */
  public Optional<String> years(String iso3, LocalDate day, LocalDate asOf) {
    return period(iso3, day).map(p -> {
      LocalDate reference = asOf == null ? LocalDate.now() : asOf;
      boolean open = p.to() == null || p.to().isAfter(reference);
      return open && p.years().contains("-") ? p.years().substring(0, p.years().indexOf('-') + 1) : p.years();
    });
  }

  private Optional<StatePeriod> period(String iso3, LocalDate day) {
    List<StatePeriod> periods = byCountry.getOrDefault(iso3, List.of());
    if (periods.isEmpty()) {
      return Optional.empty();
    }
    LocalDate when = day == null ? LocalDate.now() : day;
    StatePeriod chosen = periods.get(0);
    for (StatePeriod period : periods) {
      if (period.covers(when)) {
        return Optional.of(period);
      }
      if (!period.from().isAfter(when)) {
        chosen = period;
      }
    }
    return Optional.of(chosen);
  }
}
