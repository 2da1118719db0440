package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.input.UnreadableInputException;
import org.sitrep.model.Article;

class NewsXmlTest {

  static Path resource(String name) {
    try {
      return Path.of(NewsXmlTest.class.getResource("/bench/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<Article> read(String xml) throws UnreadableInputException {
    return NewsXml.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "t.xml");
  }

  @Test
  void readsGeoWebNewsTitlesLinksAndTexts() throws Exception {
    List<Article> articles = NewsXml.read(resource("three-articles.xml"));
    assertEquals(3, articles.size());
    Article first = articles.get(0);
    assertEquals("Fighting near the river crossing", first.title());
    assertEquals("http://example.org/a", first.url());
    assertEquals(
        "Rebel fighters attacked an army post near the town of Karvo on Monday, killing three"
            + " soldiers, a military spokesman said.",
        first.text());
    assertEquals(resource("three-articles.xml") + "#3", articles.get(2).origin());
  }

  @Test
  void readsLglCdataAndSkipsToponymsAndBlankTexts() throws Exception {
    List<Article> articles = NewsXml.read(resource("lgl-style.xml"));
    assertEquals(2, articles.size());
    assertEquals("The bridge at Oster & Lindow stayed closed.", articles.get(0).text());
    assertEquals("http://example.org/bridge", articles.get(0).url());
    assertEquals("Police arrested two men in Karvo.", articles.get(1).text());
    assertNull(articles.get(1).title());
  }

  @Test
  void decodesEntitiesAndKeepsTextOfNestedElements() throws Exception {
    List<Article> articles =
        read("<articles><article><text>Shelling in A &amp; <b>B</b>.</text></article></articles>");
    assertEquals("Shelling in A & B.", articles.get(0).text());
  }

  @Test
  void rejectsMalformedXmlWithItsLine() {
    UnreadableInputException e =
        assertThrows(
            UnreadableInputException.class,
            () -> read("<articles>\n<article><text>x</article></articles>"));
    assertEquals(
        true, e.getMessage().startsWith("t.xml: not well-formed XML at line 2, column "),
        e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void refusesDoctypes() {
    assertThrows(
        UnreadableInputException.class,
        () ->
            read(
                "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + "<articles><article><text>&x;</text></article></articles>"));
  }

  @Test
  void rejectsAFileWithoutArticleTexts() {
    UnreadableInputException e =
        assertThrows(
            UnreadableInputException.class,
            () -> NewsXml.read(resource("three-articles.xml").resolveSibling("none.xml")));
    assertEquals(resource("three-articles.xml").resolveSibling("none.xml") + ": no such file",
        e.getMessage());
  }
}
