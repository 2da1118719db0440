package org.sitrep.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Lookups over a namespace-aware DOM: child elements by namespace and local name, their stripped
 * text and attributes, and an element's content as markup.
 *
 * <p>Thread-safe: it has no state (a DOM itself must not be read by two threads at once).
 */
final class XmlElements {

  private XmlElements() {}

  /** The child elements of {@code parent} named {@code local} in namespace {@code ns}. */
  static List<Element> children(Element parent, String ns, String local) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && local.equals(e.getLocalName())
          && Objects.equals(ns, e.getNamespaceURI())) {
        found.add(e);
      }
    }
    return found;
  }

  /** The first such child, or null. */
  static Element child(Element parent, String ns, String local) {
    return first(parent, e -> local.equals(e.getLocalName()) && Objects.equals(ns, e.getNamespaceURI()));
  }

  /** The first child named {@code local} in whatever namespace, or null. */
  static Element childInAnyNamespace(Element parent, String local) {
    return first(parent, e -> local.equals(e.getLocalName()));
  }

  private static Element first(Element parent, Predicate<Element> test) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && test.test(e)) {
        return e;
      }
    }
    return null;
  }

  /** The stripped text of the first such child, or null when there is none or it is blank. */
  static String text(Element parent, String ns, String local) {
    return text(child(parent, ns, local));
  }

  /** The stripped text of {@code e}, or null when {@code e} is null or its text blank. */
  static String text(Element e) {
    return e == null ? null : blankToNull(e.getTextContent());
  }

  /** The stripped value of the attribute {@code name}, or null when it is missing or blank. */
  static String attribute(Element e, String name) {
    return blankToNull(e.getAttribute(name));
  }

  /**
   * The children of {@code e} as HTML markup (for Atom's inline XHTML): elements by local name,
   * attributes dropped, text escaped.
   */
  static String markup(Element e) {
    StringBuilder out = new StringBuilder();
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      append(n, out);
    }
    return out.toString();
  }

  private static void append(Node n, StringBuilder out) {
    if (n instanceof Element e) {
      String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
      out.append('<').append(name).append('>');
      for (Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
        append(c, out);
      }
      out.append("</").append(name).append('>');
    } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
      out.append(n.getNodeValue().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"));
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
