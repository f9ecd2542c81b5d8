"""A page parsed as a plain lxml tree, and the two ``lxml.html`` element methods we use on it.

``lxml.html`` parses with libxml2's HTML parser, the same as ``lxml.etree.HTMLParser``, but it
attaches a Python element-class lookup that runs for every element the code touches (each
``iter()`` step, each ``getparent()``): a tenth of the cleaner's own time on a typical page.
The plain parser builds the same tree (same parser options), and ``text_content`` and
``drop_tree`` below do what ``HtmlElement``'s methods of those names do.
"""

from __future__ import annotations

import re
import threading

from lxml import etree

# Control characters (never text in HTML): lxml refuses to set an element's text holding one,
# and the line layout of ``html_extractors.tree_text`` sets text on every block.
CONTROL_CHARS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
# lxml.html's own parser options (its HTMLParser subclass only adds the class lookup); one
# parser per thread, as lxml asks (a parser object must not be used by two threads at once).
_PARSERS = threading.local()
_STRING = etree.XPath("string()", smart_strings=False)


def parse_tree(html: str) -> etree._Element | None:
    """The page as a plain lxml tree (as ``lxml.html.document_fromstring`` builds it, control
    characters dropped first), or None when lxml cannot read it."""
    parser = getattr(_PARSERS, "parser", None)
    if parser is None:
        parser = _PARSERS.parser = etree.HTMLParser()
    try:
        return etree.fromstring(CONTROL_CHARS.sub("", html), parser)
    except (etree.LxmlError, ValueError):
        return None


def text_content(element: etree._Element) -> str:
    """The text of the element and all its descendants (``HtmlElement.text_content``)."""
    return str(_STRING(element))


def drop_tree(element: etree._Element) -> None:
    """Remove the element with its children, its tail joined to the text before it
    (``HtmlElement.drop_tree``)."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + element.tail
        else:
            previous.tail = (previous.tail or "") + element.tail
    parent.remove(element)


def elements(node: etree._Element, path: str) -> list[etree._Element]:
    """The elements an XPath expression selects (typed: ``xpath`` returns a union)."""
    found = node.xpath(path)
    return [e for e in found if isinstance(e, etree._Element)] if isinstance(found, list) else []


def strings(node: etree._Element, path: str) -> list[str]:
    """The text or attribute values an XPath expression selects, as plain strings."""
    found = node.xpath(path)
    return [str(v) for v in found if isinstance(v, str)] if isinstance(found, list) else []
