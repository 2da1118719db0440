package org.sitrep.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.Article;

class ArticleReaderTest {

  @TempDir Path dir;

  private final ArticleReader reader = new ArticleReader();

  private Path file(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  private Path file(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private String problem(Path path) {
    return assertThrows(UnreadableInputException.class, () -> reader.read(path)).getMessage();
  }

  private static ReadResult stdin(ArticleReader reader, byte[] bytes)
      throws UnreadableInputException {
    return reader.read(new ByteArrayInputStream(bytes), "-");
  }

  @Test
  void blanksTheDateLineSoThatOffsetsStayFileOffsets() throws Exception {
    String content = " date 2020-02-06 © A. Photographer / AFP\nClashes erupted in Saraqib.\n";
    Article a = reader.read(file("a.txt", content)).articles().get(0);
    assertEquals(LocalDate.of(2020, 2, 6), a.published());
    assertEquals(" ".repeat(40) + "\nClashes erupted in Saraqib.\n", a.text());
    assertEquals(content.length(), a.text().length());
    assertEquals(content.indexOf("Saraqib"), a.text().indexOf("Saraqib"));
    assertEquals(dir.resolve("a.txt").toString(), a.origin());
    assertNull(a.title());
  }

  @Test
  void keepsTextWithoutADateLineAsItIs() throws Exception {
    Article a = reader.read(file("a.txt", "On Sunday, police arrested 12.\n")).articles().get(0);
    assertEquals("On Sunday, police arrested 12.\n", a.text());
    assertNull(a.published());
  }

  @Test
  void readsStandardInputAndSniffsItsFormat() throws Exception {
    byte[] jsonl =
        "{\"text\":\"One.\"}\n{\"text\":\"Two.\",\"published\":\"2021-03-04T10:00:00+03:00\"}\n"
            .getBytes(StandardCharsets.UTF_8);
    List<Article> articles = stdin(reader, jsonl).articles();
    assertEquals(2, articles.size());
    assertEquals("Two.", articles.get(1).text());
    assertEquals(LocalDate.of(2021, 3, 4), articles.get(1).published());
    assertEquals("-:2", articles.get(1).origin());
  }

  @Test
  void refusesAMissingFile() {
    Path missing = dir.resolve("nope.txt");
    assertEquals(missing + ": file not found", problem(missing));
  }

  @Test
  void refusesADirectory() {
    assertEquals(dir + ": is a directory", problem(dir));
  }

  @Test
  void refusesAnEmptyFile() throws Exception {
    Path empty = file("e.txt", "");
    assertEquals(empty + ": empty", problem(empty));
  }

  @Test
  void refusesAWhitespaceOnlyFile() throws Exception {
    Path blank = file("b.txt", " \n\t\n");
    assertEquals(blank + ": empty or only whitespace", problem(blank));
  }

  @Test
  void refusesATextWithOnlyADateLine() throws Exception {
    Path dated = file("d.txt", " date 2020-01-01 credit\n\n");
    assertEquals(dated + ": no text after the date line", problem(dated));
  }

  @Test
  void refusesBinaryWithNulBytes() throws Exception {
    Path bin = file("x.bin", new byte[] {'P', 'K', 3, 4, 0, 0, 'a'});
    assertEquals(bin + ": binary (contains NUL bytes)", problem(bin));
  }

  @Test
  void refusesBinaryMadeOfControlBytes() throws Exception {
    Path bin = file("x.dat", new byte[] {1, 2, 3, 'a', 'b', 5, 6, 7, 'c', 8});
    assertEquals(bin + ": binary (mostly non-text bytes)", problem(bin));
  }

  @Test
  void refusesAFileOverTheLimitAndSaysTheLimit() throws Exception {
    Path big = file("big.txt", "x".repeat(101));
    String message =
        assertThrows(UnreadableInputException.class, () -> new ArticleReader(100).read(big))
            .getMessage();
    assertEquals(big + ": too big: 101 bytes, the limit is 100 bytes", message);
  }

  @Test
  void refusesStandardInputOverTheLimit() {
    String message =
        assertThrows(
                UnreadableInputException.class,
                () -> stdin(new ArticleReader(10), "x".repeat(11).getBytes(StandardCharsets.UTF_8)))
            .getMessage();
    assertEquals("standard input: too big: more than 10 bytes (the limit)", message);
  }

  @Test
  void saysTheDefaultLimitIsFiftyMegabytes() throws Exception {
    Path big = dir.resolve("big.txt");
    try (var channel = Files.newByteChannel(big, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE)) {
      channel.position(60L * 1024 * 1024);
      channel.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}));
    }
    assertEquals(big + ": too big: 60.0 MB, the limit is 50 MB", problem(big));
  }

  @Test
  void readsLatinTextInWindows1252WithAWarning() throws Exception {
    Path latin =
        file("l.txt", "Le café de la place, à Gao, a été touché.".getBytes(Charset.forName("windows-1252")));
    ReadResult result = reader.read(latin);
    assertEquals("Le café de la place, à Gao, a été touché.", result.articles().get(0).text());
    assertEquals(List.of(latin + ": not valid UTF-8, read as windows-1252"), result.warnings());
  }

  @Test
  void refusesInvalidUtf8ThatIsNotLatinText() throws Exception {
    byte[] cyrillic = "Обстрел города продолжался всю ночь".getBytes(Charset.forName("windows-1251"));
    Path path = file("c.txt", cyrillic);
    assertEquals(path + ": not valid UTF-8 (byte 0xCE at offset 0)", problem(path));
  }

  @Test
  void honoursAUtf8ByteOrderMark() throws Exception {
    byte[] body = "Shelling hit Donetsk.".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    assertEquals("Shelling hit Donetsk.", stdin(reader, bytes).articles().get(0).text());
  }

  @Test
  void honoursAUtf16ByteOrderMark() throws Exception {
    byte[] bytes = "\uFEFFShelling hit Donetsk.".getBytes(StandardCharsets.UTF_16LE);
    assertEquals("Shelling hit Donetsk.", reader.read(file("u.txt", bytes)).articles().get(0).text());
  }

  @Test
  void readsTheGoodLinesOfJsonLinesAndNamesTheBadOnes() throws Exception {
    Path path =
        file(
            "feed.jsonl",
            "{\"text\":\"First.\",\"title\":\"T\",\"url\":\"https://x.example/1\","
                + "\"source\":\"Wire\",\"published\":\"2020-05-03\"}\n"
                + "{\"text\": oops}\n"
                + "\n"
                + "{\"title\":\"no text\"}\n"
                + "{\"text\":\"Fifth.\",\"published\":\"May 3\"}\n"
                + "[1]\n"
                + "{\"text\":\"Seventh.\"}\n");
    ReadResult result = reader.read(path);
    assertEquals(
        List.of(new Article(Article.contentHash("First."), "First.", "T", "https://x.example/1",
                "Wire", LocalDate.of(2020, 5, 3), path + ":1"),
            Article.of("Seventh.", null, null, null, null, path + ":7")),
        result.articles());
    assertEquals(
        List.of(
            path + ": line 2: not valid JSON: Unrecognized token 'oops': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
            path + ": line 4: no \"text\"",
            path + ": line 5: published \"May 3\" is not YYYY-MM-DD or an ISO date-time",
            path + ": line 6: not a JSON object"),
        result.errors());
  }

  @Test
  void extensionWinsOverContent() throws Exception {
    Path path = file("page.txt", "<html><body><p>Literal markup.</p></body></html>");
    assertEquals(
        "<html><body><p>Literal markup.</p></body></html>",
        reader.read(path).articles().get(0).text());
  }

  @Test
  void sniffsHtmlWithoutAnExtension() throws Exception {
    Path path = file("page", "<!DOCTYPE html><html><body><p>Police fired tear gas.</p></body></html>");
    assertEquals("Police fired tear gas.", reader.read(path).articles().get(0).text());
  }
}
