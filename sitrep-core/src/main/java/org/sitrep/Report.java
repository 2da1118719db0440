package org.sitrep;

import java.util.List;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;

/**
 * What the pipeline read in one article: its claims in text order.
 *
 * @param article the article read
 * @param claims its claims; events and non-event claims alike
 */
public record Report(Article article, List<Claim> claims) {

  public Report {
    claims = List.copyOf(claims);
  }
}
