package org.sitrep.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds date expressions in a sentence and resolves them against the article's publication day
 * and the date the text last spoke of: "On 9 May 2020", "On February 3", "Around 9 May",
 * "yesterday", "on Monday", "last week", "earlier on the same day", "the next day", "in early
 * May".
 *
 * <p>Thread-safe: stateless.
 */
public final class DateFinder {

  private static final String MONTH =
      "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";
  private static final String YEAR = "(?:,?\\s+(\\d{4}))?";
  private static final String QUALIFIER =
      "(?:(around|about|approximately|between|overnight|night of|weekend of|week of|by|since|until|before|after)\\s+(?:the\\s+)?)?";

  private static final Pattern DAY_MONTH =
      Pattern.compile("\\b" + QUALIFIER + DAY + "(?:\\s*(?:-|–|and|to)\\s*\\d{1,2})?\\s+(?:of\\s+)?" + MONTH + YEAR + "\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_DAY =
      Pattern.compile("\\b" + QUALIFIER + MONTH + "\\s+" + DAY + "(?:\\s*(?:-|–|and|to)\\s*\\d{1,2})?" + YEAR + "\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern PART_OF_MONTH =
      Pattern.compile("\\b(early|mid|late|end of|beginning of|first week of|last week of|second week of|start of)[\\s-]+" + MONTH + YEAR + "\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_ONLY =
      Pattern.compile("\\b(?:in|during|throughout|since)\\s+" + MONTH + YEAR + "\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(?:(last|this|on|early|late)\\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\\s+(night|morning|evening|afternoon))?\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE =
      Pattern.compile("\\b(the day before yesterday|yesterday|today|tonight|last night|this morning|this evening|earlier (?:on )?(?:the same|that) day|(?:on )?the same day|later (?:on )?(?:the same|that) day|that day|the (?:next|following) day|the previous day|the day before|the (?:next|following) morning|last week|this week|earlier this week|past week|last month|this month|earlier this month|recently|recent days|in recent days|past few days|last few days)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Map<String, Month> MONTHS = Map.ofEntries(
      Map.entry("jan", Month.JANUARY), Map.entry("feb", Month.FEBRUARY), Map.entry("mar", Month.MARCH),
      Map.entry("apr", Month.APRIL), Map.entry("may", Month.MAY), Map.entry("jun", Month.JUNE),
      Map.entry("jul", Month.JULY), Map.entry("aug", Month.AUGUST), Map.entry("sep", Month.SEPTEMBER),
      Map.entry("oct", Month.OCTOBER), Map.entry("nov", Month.NOVEMBER), Map.entry("dec", Month.DECEMBER));

  /**
   * Every date expression in {@code text} (a sentence starting at {@code offset} in the article),
   * resolved. {@code published} may be null: then only absolute dates with a year resolve, and a
   * missing year is taken from {@code previous}.
   */
  public List<DateMention> find(String text, int offset, LocalDate published, DateMention previous) {
    List<DateMention> found = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    LocalDate anchor = published != null ? published : previous == null ? null : previous.date();
    scan(ISO, text, taken, m -> {
      try {
        return Optional.of(new Resolved(LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3))), 1, false));
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }, offset, found);
    scan(DAY_MONTH, text, taken, m -> dayMonth(m.group(1), m.group(2), m.group(3), m.group(4), anchor), offset, found);
    scan(MONTH_DAY, text, taken, m -> dayMonth(m.group(1), m.group(3), m.group(2), m.group(4), anchor), offset, found);
    scan(PART_OF_MONTH, text, taken, m -> partOfMonth(m.group(1), m.group(2), m.group(3), anchor), offset, found);
    scan(MONTH_ONLY, text, taken, m -> month(m.group(1), m.group(2), anchor), offset, found);
    if (published != null) {
      scan(WEEKDAY, text, taken, m -> weekday(m.group(1), m.group(2), published), offset, found);
    }
    scan(RELATIVE, text, taken, m -> relative(m.group(1), published, previous), offset, found);
    found.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    return found;
  }

  private record Resolved(LocalDate date, int precision, boolean relative) {}

  private interface Resolver {
    Optional<Resolved> resolve(Matcher m);
  }

  private static void scan(Pattern pattern, String text, boolean[] taken, Resolver resolver, int offset, List<DateMention> out) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      if (taken[m.start()] || taken[Math.max(m.start(), m.end() - 1)]) {
        continue;
      }
      Optional<Resolved> resolved = resolver.resolve(m);
      if (resolved.isEmpty()) {
        continue;
      }
      for (int i = m.start(); i < m.end(); i++) {
        taken[i] = true;
      }
      Resolved r = resolved.get();
      out.add(new DateMention(r.date(), r.precision(), offset + m.start(), offset + m.end(), r.relative()));
    }
  }

  private static int num(String digits) {
    return Integer.parseInt(digits);
  }

  private static Optional<Month> month(String name) {
    return Optional.ofNullable(MONTHS.get(name.toLowerCase(Locale.ROOT).substring(0, 3)));
  }

  private static Optional<Resolved> dayMonth(String qualifier, String day, String monthName, String year, LocalDate anchor) {
    if (monthName.equals("may") && year == null) {
      return Optional.empty(); // "12 may have died": the verb, not the month
    }
    Optional<Month> month = month(monthName);
    int d = num(day);
    if (month.isEmpty() || d < 1 || d > 31) {
      return Optional.empty();
    }
    Optional<LocalDate> date = withYear(month.get(), d, year, anchor);
    if (date.isEmpty()) {
      return Optional.empty();
    }
    int precision = qualifier == null ? 1 : isApproximate(qualifier) ? 2 : 1;
    return Optional.of(new Resolved(date.get(), precision, false));
  }

  private static boolean isApproximate(String qualifier) {
    String q = qualifier.toLowerCase(Locale.ROOT);
    return q.equals("around") || q.equals("about") || q.equals("approximately") || q.startsWith("week")
        || q.equals("between") || q.equals("since") || q.equals("by") || q.equals("before");
  }

  /** A day of a month, in the given year or else the latest such day not after the anchor. */
  private static Optional<LocalDate> withYear(Month month, int day, String year, LocalDate anchor) {
    try {
      if (year != null) {
        return Optional.of(LocalDate.of(num(year), month, day));
      }
      if (anchor == null) {
        return Optional.empty();
      }
      LocalDate candidate = LocalDate.of(anchor.getYear(), month, day); // "February 30" throws: no date
      // News tells of the past: "On December 30" in a January article is last year's.
      return Optional.of(candidate.isAfter(anchor.plusDays(7)) ? candidate.minusYears(1) : candidate);
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Resolved> partOfMonth(String part, String monthName, String year, LocalDate anchor) {
    Optional<Month> month = month(monthName);
    if (month.isEmpty()) {
      return Optional.empty();
    }
    Optional<LocalDate> first = withYear(month.get(), 1, year, anchor);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    YearMonth ym = YearMonth.from(first.get());
    String p = part.toLowerCase(Locale.ROOT);
    int day =
        p.startsWith("early") || p.startsWith("beginning") || p.startsWith("start") || p.startsWith("first") ? 4
            : p.startsWith("second") ? 11
            : p.startsWith("mid") ? 15
            : ym.lengthOfMonth() - 3;
    return Optional.of(new Resolved(ym.atDay(day), 2, false));
  }

  private static Optional<Resolved> month(String monthName, String year, LocalDate anchor) {
    Optional<Month> month = month(monthName);
    if (month.isEmpty() || (year == null && anchor == null)) {
      return Optional.empty();
    }
    // "may" is also a modal verb: a bare "in may" without a year is too ambiguous.
    if (month.get() == Month.MAY && year == null) {
      return Optional.empty();
    }
    Optional<LocalDate> first = withYear(month.get(), 1, year, anchor);
    return first.map(d -> new Resolved(d.withDayOfMonth(15), 3, false));
  }

  private static Optional<Resolved> weekday(String qualifier, String dayName, LocalDate published) {
    DayOfWeek day = DayOfWeek.valueOf(dayName.toUpperCase(Locale.ROOT));
    LocalDate date = published.with(TemporalAdjusters.previousOrSame(day));
    if ("last".equalsIgnoreCase(qualifier) && date.equals(published)) {
      date = date.minusWeeks(1);
    }
    return Optional.of(new Resolved(date, 1, false));
  }

  private static Optional<Resolved> relative(String phrase, LocalDate published, DateMention previous) {
    String p = phrase.toLowerCase(Locale.ROOT);
    LocalDate before = previous == null ? published : previous.date();
    int beforePrecision = previous == null ? 1 : previous.precision();
    if (p.contains("same day") || p.equals("that day") || p.contains("that day")) {
      return before == null ? Optional.empty() : Optional.of(new Resolved(before, beforePrecision, true));
    }
    if (p.contains("next") || p.contains("following")) {
      return before == null ? Optional.empty() : Optional.of(new Resolved(before.plusDays(1), beforePrecision, true));
    }
    if (p.equals("the previous day") || p.equals("the day before")) {
      return before == null ? Optional.empty() : Optional.of(new Resolved(before.minusDays(1), beforePrecision, true));
    }
    if (published == null) {
      return Optional.empty();
    }
    return Optional.of(switch (p) {
      case "the day before yesterday" -> new Resolved(published.minusDays(2), 1, false);
      case "yesterday", "last night" -> new Resolved(published.minusDays(1), 1, false);
      case "today", "tonight", "this morning", "this evening" -> new Resolved(published, 1, false);
      case "last week", "past week" -> new Resolved(published.minusWeeks(1).with(DayOfWeek.THURSDAY), 2, false);
      case "this week", "earlier this week", "recently", "recent days", "in recent days", "past few days", "last few days" ->
          new Resolved(published.minusDays(3), 2, false);
      case "last month" -> new Resolved(published.minusMonths(1).withDayOfMonth(15), 3, false);
      default -> new Resolved(published.withDayOfMonth(Math.min(15, published.getDayOfMonth())), 3, false);
    });
  }
}
