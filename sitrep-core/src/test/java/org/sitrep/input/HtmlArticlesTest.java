package org.sitrep.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Article;

class HtmlArticlesTest {

  private static Article read(String html) throws UnreadableInputException {
    return HtmlArticles.read(html, "page.html").articles().get(0);
  }

  @Test
  void takesTheArticleAndDropsPageFurniture() throws Exception {
    String html =
        "<html><head><title>Protest in Lagos | Site</title>"
            + "<meta property=\"og:title\" content=\"Protest in Lagos\">"
            + "<meta property=\"og:site_name\" content=\"Daily Wire\">"
            + "<meta property=\"article:published_time\" content=\"2021-10-20T08:15:00+01:00\">"
            + "<link rel=\"canonical\" href=\"https://daily.example/lagos\">"
            + "<script>var x = 'Police';</script><style>p{}</style></head>"
            + "<body><header>Menu</header><nav><a>Home</a></nav>"
            + "<article><h1>Protest in Lagos</h1><p>Hundreds marched on <b>Tuesday</b>.</p>"
            + "<aside>Related: elsewhere</aside><p>Police fired tear gas.</p>"
            + "<ul><li><p>One</p></li></ul></article>"
            + "<footer>© Daily Wire</footer></body></html>";
    Article a = read(html);
    assertEquals(
        "Protest in Lagos\n\nHundreds marched on Tuesday.\n\nPolice fired tear gas.\n\nOne",
        a.text());
    assertEquals("Protest in Lagos", a.title());
    assertEquals("Daily Wire", a.source());
    assertEquals("https://daily.example/lagos", a.url());
    assertEquals(LocalDate.of(2021, 10, 20), a.published());
  }

  @Test
  void withoutAnArticleTakesTheElementWithMostParagraphText() throws Exception {
    String html =
        "<html><head><title> Floods </title></head><body>"
            + "<div class=teaser><p>Short teaser.</p></div>"
            + "<div class=main><p>Heavy rain flooded the valley overnight.</p>"
            + "<p>Roads were closed.</p></div>"
            + "<time datetime=\"2022-08-01\">1 August</time></body></html>";
    Article a = read(html);
    assertEquals("Heavy rain flooded the valley overnight.\n\nRoads were closed.", a.text());
    assertEquals("Floods", a.title());
    assertEquals(LocalDate.of(2022, 8, 1), a.published());
  }

  @Test
  void ignoresABadDateWithAWarning() throws Exception {
    ReadResult r =
        HtmlArticles.read(
            "<meta property=\"article:published_time\" content=\"yesterday\"><p>Text.</p>",
            "page.html");
    assertEquals(null, r.articles().get(0).published());
    assertEquals(
        List.of(
            "page.html: published \"yesterday\" is not YYYY-MM-DD or an ISO date-time, ignored"),
        r.warnings());
  }

  @Test
  void refusesAPageWithNoText() {
    String message =
        assertThrows(
                UnreadableInputException.class,
                () -> read("<html><head><script>x()</script></head><body><nav>Home</nav></body></html>"))
            .getMessage();
    assertEquals("page.html: HTML with no text", message);
  }
}
