package org.sitrep.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.model.Article;

class FeedArticlesTest {

  private static final String ORIGIN = "https://courier.example/feed";

  private static String problem(String xml) {
    return assertThrows(UnreadableInputException.class, () -> FeedArticles.read(xml, "feed.xml"))
        .getMessage();
  }

  private static String rss(String items) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        + "<channel><title>Lakeside Courier</title><link>https://courier.example/</link>\n"
        + items
        + "</channel></rss>\n";
  }

  @Test
  void readsAnRss2FeedOneArticlePerItem() throws Exception {
    String xml =
        rss(
            "<item><title>Clash in Veltura leaves three dead</title>"
                + "<link>https://courier.example/news/veltura-clash</link>"
                + "<description>&lt;p&gt;Gunmen attacked a market in &lt;b&gt;Veltura&lt;/b&gt;"
                + " on Monday.&lt;/p&gt;&lt;p&gt;Three traders were killed.&lt;/p&gt;"
                + "</description>"
                + "<pubDate>Tue, 05 Mar 2024 14:30:00 GMT</pubDate></item>\n"
                + "<item><title>Curfew in Ostrana</title>"
                + "<link>https://courier.example/news/ostrana-curfew</link>"
                + "<description>A short teaser.</description>"
                + "<content:encoded><![CDATA[<p>The governor declared a curfew in Ostrana.</p>"
                + "<p>Soldiers patrolled the streets.</p>]]></content:encoded>"
                + "<dc:date>2024-03-06T08:00:00+01:00</dc:date></item>\n");
    ReadResult result = FeedArticles.read(xml, ORIGIN);
    assertEquals(List.of(), result.warnings());
    assertEquals(List.of(), result.errors());
    assertEquals(2, result.articles().size());

    Article first = result.articles().get(0);
    assertEquals(
        "Clash in Veltura leaves three dead\n\n"
            + "Gunmen attacked a market in Veltura on Monday.\n\nThree traders were killed.",
        first.text());
    assertEquals("Clash in Veltura leaves three dead", first.title());
    assertEquals("https://courier.example/news/veltura-clash", first.url());
    assertEquals("Lakeside Courier", first.source());
    assertEquals(LocalDate.of(2024, 3, 5), first.published());
    assertEquals(ORIGIN, first.origin());
    assertEquals(Article.contentHash(first.text()), first.id());

    Article second = result.articles().get(1);
    assertEquals(
        "Curfew in Ostrana\n\nThe governor declared a curfew in Ostrana.\n\n"
            + "Soldiers patrolled the streets.",
        second.text());
    assertEquals(LocalDate.of(2024, 3, 6), second.published());
  }

  @Test
  void readsAnAtomFeed() throws Exception {
    String xml =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
            + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
            + "  <title type=\"text\">Borderland Wire</title>\n"
            + "  <entry>\n"
            + "    <title type=\"html\">Shelling near &lt;i&gt;Drava Ford&lt;/i&gt;</title>\n"
            + "    <link rel=\"edit\" href=\"https://wire.example/edit/1\"/>\n"
            + "    <link rel=\"alternate\" type=\"text/html\" href=\"/2024/04/drava-ford\"/>\n"
            + "    <published>2024-04-01T23:30:00-02:00</published>\n"
            + "    <updated>2024-04-03T10:00:00Z</updated>\n"
            + "    <summary>Short summary.</summary>\n"
            + "    <content type=\"html\">&lt;p&gt;Artillery hit two villages near Drava Ford."
            + "&lt;/p&gt;&lt;ul&gt;&lt;li&gt;One school was damaged.&lt;/li&gt;&lt;/ul&gt;"
            + "</content>\n"
            + "  </entry>\n"
            + "  <entry>\n"
            + "    <title>Talks resume in Morvik</title>\n"
            + "    <link rel=\"related\" href=\"https://wire.example/morvik-talks\"/>\n"
            + "    <updated>2024-04-02T09:00:00Z</updated>\n"
            + "    <content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
            + "<p>Delegates met in <b>Morvik</b> &amp; agreed a truce.</p><p>It holds.</p>"
            + "</div></content>\n"
            + "  </entry>\n"
            + "  <entry>\n"
            + "    <title>Roadblock on the coast road</title>\n"
            + "    <content src=\"https://wire.example/video.mp4\" type=\"video/mp4\"/>\n"
            + "    <summary>Militia   set up a roadblock\n  near Pellam.</summary>\n"
            + "  </entry>\n"
            + "</feed>\n";
    ReadResult result = FeedArticles.read(xml, "https://wire.example/feeds/all.atom");
    assertEquals(List.of(), result.warnings());
    List<Article> articles = result.articles();
    assertEquals(3, articles.size());

    Article first = articles.get(0);
    assertEquals("Shelling near Drava Ford", first.title());
    assertEquals(
        "Shelling near Drava Ford\n\nArtillery hit two villages near Drava Ford.\n\n"
            + "One school was damaged.",
        first.text());
    assertEquals("https://wire.example/2024/04/drava-ford", first.url());
    assertEquals("Borderland Wire", first.source());
    assertEquals(LocalDate.of(2024, 4, 2), first.published());

    Article second = articles.get(1);
    assertEquals(
        "Talks resume in Morvik\n\nDelegates met in Morvik & agreed a truce.\n\nIt holds.",
        second.text());
    assertEquals("https://wire.example/morvik-talks", second.url());
    assertEquals(LocalDate.of(2024, 4, 2), second.published());

    Article third = articles.get(2);
    assertEquals(
        "Roadblock on the coast road\n\nMilitia set up a roadblock\nnear Pellam.", third.text());
    assertNull(third.url());
    assertNull(third.published());
  }

  @Test
  void readsAnRdfFeedWhoseItemsStandBesideTheChannel() throws Exception {
    String xml =
        "<?xml version=\"1.0\"?>\n"
            + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n"
            + "         xmlns=\"http://purl.org/rss/1.0/\"\n"
            + "         xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
            + "  <channel rdf:about=\"https://valley.example/\">\n"
            + "    <title>Valley Post</title>\n"
            + "    <items><rdf:Seq><rdf:li rdf:resource=\"https://valley.example/1\"/>"
            + "</rdf:Seq></items>\n"
            + "  </channel>\n"
            + "  <item rdf:about=\"https://valley.example/1\">\n"
            + "    <title>Protesters block the bridge at Tarnow Mill</title>\n"
            + "    <link>https://valley.example/1</link>\n"
            + "    <description>About 200 farmers blocked the bridge.</description>\n"
            + "    <dc:date>2023-11-20</dc:date>\n"
            + "  </item>\n"
            + "</rdf:RDF>\n";
    ReadResult result = FeedArticles.read(xml, "valley.rdf");
    Article a = result.articles().get(0);
    assertEquals(1, result.articles().size());
    assertEquals(
        "Protesters block the bridge at Tarnow Mill\n\nAbout 200 farmers blocked the bridge.",
        a.text());
    assertEquals("https://valley.example/1", a.url());
    assertEquals("Valley Post", a.source());
    assertEquals(LocalDate.of(2023, 11, 20), a.published());
    assertEquals("valley.rdf", a.origin());
  }

  @Test
  void turnsHtmlIntoPlainParagraphs() throws Exception {
    String description =
        "<![CDATA[<div><h2>Update</h2>Police fired tear&nbsp;gas.<br>Two were hurt.<br><br>"
            + "<script>track()</script><img src=\"x.jpg\">"
            + "<ul><li>Road closed</li><li>Schools shut</li></ul>"
            + "Residents fled &amp; <a href=\"#\">more</a></div>]]>";
    Article a =
        FeedArticles.read(
                rss("<item><title>Unrest</title><description>" + description + "</description>"
                    + "</item>"),
                "feed.xml")
            .articles()
            .get(0);
    assertEquals(
        "Unrest\n\nUpdate\n\nPolice fired tear gas.\nTwo were hurt.\n\nRoad closed\n\n"
            + "Schools shut\n\nResidents fled & more",
        a.text());
  }

  @Test
  void skipsAnItemWithoutTextWithAWarning() throws Exception {
    ReadResult result =
        FeedArticles.read(
            rss(
                "<item><link>https://courier.example/photo</link>"
                    + "<description>&lt;img src=\"a.jpg\"&gt;</description></item>"
                    + "<item><title>Ambush on the Keld road</title>"
                    + "<description>Four soldiers died.</description></item>"),
            "feed.xml");
    assertEquals(1, result.articles().size());
    assertEquals("Ambush on the Keld road\n\nFour soldiers died.", result.articles().get(0).text());
    assertEquals(
        List.of("feed.xml: item 1 (https://courier.example/photo): no title or text, skipped"),
        result.warnings());
  }

  @Test
  void keepsAHeadlineWithoutBodyAsItsTitle() throws Exception {
    Article a =
        FeedArticles.read(rss("<item><title>Blast at Sorrel depot</title></item>"), "feed.xml")
            .articles()
            .get(0);
    assertEquals("Blast at Sorrel depot", a.text());
  }

  @Test
  void anEmptyFeedGivesNoArticlesAndAWarning() throws Exception {
    ReadResult result = FeedArticles.read(rss(""), "feed.xml");
    assertEquals(List.of(), result.articles());
    assertEquals(List.of("feed.xml: the feed has no items"), result.warnings());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Tue, 05 Mar 2024 14:30:00 GMT        | 2024-03-05",
        "Tue, 5 Mar 2024 23:30:00 -0500       | 2024-03-06",
        "5 Mar 2024 14:30 +0000               | 2024-03-05",
        "Tuesday, 05 March 24 22:30:00 EST    | 2024-03-06",
        "Wed, 05 Mar 2024 01:00:00 +0200      | 2024-03-04",
        "Tue, 05 Mar 2024 14:30:00 UT         | 2024-03-05",
        "Tue, 05 Mar 2024 14:30:00 +00:00     | 2024-03-05",
        "05 Mar 2024                          | 2024-03-05",
        "Tue Mar 05 2024 23:00:00 GMT-0300    | 2024-03-06",
        "Mar 5, 2024                          | 2024-03-05",
        "2024-03-05T01:00:00+02:00            | 2024-03-04",
        "2024-03-05T14:30:00Z                 | 2024-03-05",
        "2024-03-05T22:30:00.123-0300         | 2024-03-06",
        "2024-03-05 14:30:00                  | 2024-03-05",
        "2024-03-05                           | 2024-03-05",
      })
  void readsPublicationDaysAsUtcDays(String pubDate, String day) throws Exception {
    Article a =
        FeedArticles.read(
                rss("<item><title>T</title><pubDate>" + pubDate + "</pubDate></item>"), "f.xml")
            .articles()
            .get(0);
    assertEquals(LocalDate.parse(day), a.published());
  }

  @Test
  void ignoresAnUnreadableDateWithAWarning() throws Exception {
    ReadResult result =
        FeedArticles.read(
            rss("<item><title>T</title><pubDate>sometime last week</pubDate></item>"),
            "feed.xml");
    assertNull(result.articles().get(0).published());
    assertEquals(
        List.of("feed.xml: item 1: date \"sometime last week\" not understood, ignored"),
        result.warnings());
  }

  @Test
  void refusesMalformedXmlNamingTheLine() {
    String xml = "<rss version=\"2.0\">\n<channel>\n<item><title>Raid</title></channel>\n</rss>";
    assertEquals(
        "feed.xml: malformed XML at line 3: The element type \"item\" must be terminated by the"
            + " matching end-tag \"</item>\".",
        problem(xml));
  }

  @Test
  void refusesAnHtmlPage() {
    String html =
        "<!DOCTYPE html>\n<html lang=\"en\"><head><title>News</title></head>"
            + "<body><p>Not a feed.</p></body></html>";
    assertEquals("feed.xml: not an RSS or Atom feed (root element <html>)", problem(html));
  }

  @Test
  void refusesXmlThatIsNotAFeed() {
    assertEquals(
        "feed.xml: not an RSS or Atom feed (root element <sitemap:urlset>)",
        problem("<?xml version=\"1.0\"?><sitemap:urlset xmlns:sitemap=\"urn:x\"/>"));
  }

  @Test
  void refusesTextThatIsNotXml() {
    assertEquals(
        "feed.xml: not an RSS or Atom feed (it does not start with an XML element)",
        problem("{\"text\": \"not a feed\"}"));
    assertEquals("feed.xml: empty", problem("  \n"));
  }

  @Test
  void refusesAnExternalEntityAttempt() {
    String xxe =
        "<?xml version=\"1.0\"?>\n"
            + "<!DOCTYPE rss [ <!ENTITY secret SYSTEM \"file:///etc/passwd\"> ]>\n"
            + "<rss version=\"2.0\"><channel><title>&secret;</title>"
            + "<item><title>x</title><description>&secret;</description></item>"
            + "</channel></rss>";
    assertEquals(
        "feed.xml: refused: the feed declares a DOCTYPE (DTDs are disabled for safety)",
        problem(xxe));
  }

  @Test
  void refusesAnExternalDtd() {
    String xml =
        "<!DOCTYPE rss SYSTEM \"file:///etc/passwd\">\n"
            + "<rss version=\"2.0\"><channel><title>T</title></channel></rss>";
    assertEquals(
        "feed.xml: refused: the feed declares a DOCTYPE (DTDs are disabled for safety)",
        problem(xml));
  }

  @Test
  void tellsFeedsByTheirFirstElement() {
    assertTrue(FeedArticles.looksLikeFeed("<rss version=\"2.0\"><channel/></rss>"));
    assertTrue(
        FeedArticles.looksLikeFeed(
            "\uFEFF<?xml version=\"1.0\"?>\n<!-- generated -->\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">"));
    assertTrue(FeedArticles.looksLikeFeed("<?xml version=\"1.0\"?><rdf:RDF xmlns:rdf=\"x\">"));
    assertFalse(FeedArticles.looksLikeFeed("<!DOCTYPE html><html><body>rss</body></html>"));
    assertFalse(FeedArticles.looksLikeFeed("<rsstext>"));
    assertFalse(FeedArticles.looksLikeFeed("Clashes in Veltura. <rss>"));
    assertFalse(FeedArticles.looksLikeFeed(""));
  }
}
