package org.sitrep.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateFinderTest {

  private static final LocalDate THURSDAY_FEB_6 = LocalDate.of(2020, 2, 6);
  private final DateFinder finder = new DateFinder();

  private List<DateMention> find(String text, LocalDate published) {
    return finder.find(text, 0, published, null);
  }

  @Test
  void readsDayMonthYear() {
    assertEquals(List.of(new DateMention(LocalDate.of(2020, 5, 9), 1, 3, 13, false)),
        find("On 9 May 2020, rebels shelled the town.", null));
  }

  @Test
  void spansIncludeTheSentenceOffset() {
    assertEquals(List.of(new DateMention(LocalDate.of(2020, 5, 9), 1, 1003, 1013, false)),
        finder.find("On 9 May 2020, rebels shelled the town.", 1000, null, null));
  }

  @Test
  void takesTheYearOfAMonthDayFromThePublicationDay() {
    assertEquals(List.of(new DateMention(LocalDate.of(2020, 2, 3), 1, 3, 13, false)),
        find("On February 3 the army advanced.", THURSDAY_FEB_6));
  }

  @Test
  void takesLastYearForADayAfterThePublicationDay() {
    assertEquals(List.of(new DateMention(LocalDate.of(2020, 12, 30), 1, 3, 14, false)),
        find("On December 30 the army advanced.", LocalDate.of(2021, 1, 2)));
  }

  @Test
  void readsMonthDayCommaYear() {
    assertEquals(List.of(new DateMention(LocalDate.of(2019, 12, 30), 1, 3, 20, false)),
        find("On December 30, 2019 the army advanced.", THURSDAY_FEB_6));
  }

  @Test
  void needsAYearOrAnAnchorForAMonthDay() {
    assertEquals(List.of(), find("On February 3 the army advanced.", null));
  }

  @Test
  void takesTheYearFromThePreviousDateWithoutPublicationDay() {
    DateMention before = new DateMention(LocalDate.of(2019, 3, 1), 1, 0, 10, false);
    assertEquals(List.of(new DateMention(LocalDate.of(2019, 3, 4), 1, 3, 10, false)),
        finder.find("On March 4 troops left.", 0, null, before));
  }

  @Test
  void approximateDayIsPrecisionTwo() {
    assertEquals(List.of(new DateMention(LocalDate.of(2020, 5, 9), 2, 0, 17, false)),
        find("Around 9 May 2020 the army advanced.", null));
  }

  @Test
  void readsIsoDates() {
    assertEquals(List.of(new DateMention(LocalDate.of(2020, 2, 3), 1, 5, 15, false)),
        find("Date 2020-02-03: shelling.", null));
  }

  @Test
  void ignoresImpossibleIsoDates() {
    assertEquals(List.of(), find("Ref 2020-13-45 filed.", null));
  }

  @Test
  void readsYesterdayFromThePublicationDay() {
    assertEquals(List.of(new DateMention(LocalDate.of(2020, 2, 5), 1, 12, 21, false)),
        find("Troops left yesterday.", THURSDAY_FEB_6));
  }

  @Test
  void readsAWeekdayAsTheLatestSuchDayUpToPublication() {
    assertEquals(List.of(new DateMention(LocalDate.of(2020, 2, 3), 1, 12, 21, false)),
        find("Troops left on Monday.", THURSDAY_FEB_6));
    assertEquals(List.of(new DateMention(LocalDate.of(2020, 2, 6), 1, 12, 23, false)),
        find("Troops left on Thursday.", THURSDAY_FEB_6));
  }

  @Test
  void readsLastWeekAsThursdayOfThePreviousWeek() {
    assertEquals(List.of(new DateMention(LocalDate.of(2020, 1, 30), 2, 12, 21, false)),
        find("Troops left last week.", THURSDAY_FEB_6));
  }

  @Test
  void readsRelativeDaysFromThePreviousDate() {
    DateMention feb3 = new DateMention(LocalDate.of(2020, 2, 3), 1, 0, 13, false);
    assertEquals(List.of(new DateMention(LocalDate.of(2020, 2, 3), 1, 0, 23, true)),
        finder.find("Earlier on the same day, a mine exploded.", 0, THURSDAY_FEB_6, feb3));
    assertEquals(List.of(new DateMention(LocalDate.of(2020, 2, 4), 1, 0, 12, true)),
        finder.find("The next day, a mine exploded.", 0, THURSDAY_FEB_6, feb3));
  }

  @Test
  void relativeDayKeepsThePreviousPrecision() {
    DateMention week = new DateMention(LocalDate.of(2020, 1, 30), 2, 0, 9, false);
    assertEquals(List.of(new DateMention(LocalDate.of(2020, 1, 31), 2, 0, 17, true)),
        finder.find("The following day, a mine exploded.", 0, THURSDAY_FEB_6, week));
  }

  @Test
  void readsPartOfAMonthAsPrecisionTwo() {
    assertEquals(List.of(new DateMention(LocalDate.of(2020, 5, 4), 2, 12, 26, false)),
        find("Fighting in early May 2020 displaced many.", null));
    assertEquals(List.of(new DateMention(LocalDate.of(2020, 5, 15), 2, 12, 24, false)),
        find("Fighting in mid-May 2020 displaced many.", null));
    assertEquals(List.of(new DateMention(LocalDate.of(2020, 5, 28), 2, 12, 25, false)),
        find("Fighting in late May 2020 displaced many.", null));
  }

  @Test
  void readsAMonthAsItsMiddleDayPrecisionThree() {
    assertEquals(List.of(new DateMention(LocalDate.of(2020, 3, 15), 3, 9, 22, false)),
        find("Fighting in March 2020 displaced many.", null));
  }

  @Test
  void theModalVerbMayIsNoDate() {
    assertEquals(List.of(), find("Fighting may resume, officials said.", THURSDAY_FEB_6));
    assertEquals(List.of(), find("They said in may be over soon.", THURSDAY_FEB_6));
  }

  @Test
  void findsSeveralDatesInTextOrder() {
    List<DateMention> found = find("On February 3 and again yesterday, shells fell.", THURSDAY_FEB_6);
    assertEquals(List.of(LocalDate.of(2020, 2, 3), LocalDate.of(2020, 2, 5)), found.stream().map(DateMention::date).toList());
  }

  @Test
  void ignoresAnImpossibleDayWithAYear() {
    assertEquals(List.of(), find("On 31 February 2020 it rained.", null));
  }

  @Test
  void ignoresAnImpossibleDayWithoutAYear() {
    assertEquals(List.of(), find("On February 30 it rained.", THURSDAY_FEB_6));
  }

  @Test
  void theModalVerbMayAfterANumberIsNoDate() {
    assertEquals(List.of(), find("Officials said 12 may have died.", THURSDAY_FEB_6));
  }
}
