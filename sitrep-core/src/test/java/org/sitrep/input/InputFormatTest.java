package org.sitrep.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class InputFormatTest {

  @Test
  void tellsTheFormatByExtensionFirst() {
    assertEquals(InputFormat.TEXT, InputFormat.detect("a.TXT", "{\"text\":\"x\"}"));
    assertEquals(InputFormat.HTML, InputFormat.detect("a.htm", "plain"));
    assertEquals(InputFormat.JSON_LINES, InputFormat.detect("a.ndjson", "plain"));
  }

  @Test
  void sniffsTheContentOtherwise() {
    assertEquals(InputFormat.JSON_LINES, InputFormat.detect("-", "  {\"text\":\"x\"}"));
    assertEquals(InputFormat.HTML, InputFormat.detect("-", "<!doctype html>\n<html>"));
    assertEquals(InputFormat.HTML, InputFormat.detect("feed", "<!-- c --><article>x</article>"));
    assertEquals(InputFormat.TEXT, InputFormat.detect(null, " date 2020-01-01\n<b> is bold"));
    assertEquals(InputFormat.TEXT, InputFormat.detect("notes.md", "Police <arrived> late."));
  }
}
