"""Wikipedia dumps: stream a MediaWiki XML export into articles.

:func:`read_dump` reads a pages-articles export (``.xml`` or ``.xml.bz2``)
page by page in constant memory and yields an :class:`~casualtylib.Article`
for every main-namespace page whose wikitext holds a military-conflict
infobox, skipping redirects, talk and other namespaces.

The XML is parsed with :mod:`defusedxml`: a document type declaration,
entity declarations and external entities are refused (a "billion laughs"
file fails at once, it is never expanded).

>>> import io
>>> xml = b'''<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.10/">
... <page><title>Battle of X</title><ns>0</ns><id>1</id><revision><text>{{Infobox military conflict
... | conflict = Battle of X
... | date = 3 March 2012
... | casualties1 = 12 killed
... }}
... On 3 March, 12 soldiers were killed.</text></revision></page>
... <page><title>Talk:Battle of X</title><ns>1</ns><id>2</id><revision><text>{{Infobox military conflict}}</text></revision></page>
... </mediawiki>'''
>>> [(a.name, a.title, a.infobox["casualties1"]) for a in read_dump(io.BytesIO(xml))]
[('Battle of X', 'Battle of X', '12 killed')]
"""

from __future__ import annotations

import bz2
import dataclasses
import os
import re
from collections.abc import Iterator
from typing import IO, Any

from .article import Article
from .errors import ArticleFormatError, ArticleNotFoundError, CasualtyError

__all__ = ["read_dump", "is_dump", "pages", "page_article", "DUMP_SUFFIXES"]

#: File endings read as MediaWiki XML exports.
DUMP_SUFFIXES = (".xml", ".xml.bz2")

_INFOBOX = re.compile(r"\{\{\s{0,5}infobox[ _]{1,3}military[ _]{1,3}conflict\b", re.IGNORECASE)


def is_dump(path: "str | os.PathLike[str]") -> bool:
    """Whether ``path`` names a MediaWiki XML export by its ending."""
    return os.fspath(path).lower().endswith(DUMP_SUFFIXES)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _open(source: "str | os.PathLike[str] | IO[bytes]") -> tuple[IO[bytes], str, bool]:
    if hasattr(source, "read"):
        return source, getattr(source, "name", "<dump>"), False  # type: ignore[return-value]
    path = os.fspath(source)
    try:
        fh = bz2.open(path, "rb") if path.lower().endswith(".bz2") else open(path, "rb")
    except FileNotFoundError:
        raise ArticleNotFoundError("no such dump file", path=path) from None
    except OSError as exc:
        raise ArticleFormatError(f"cannot read the dump: {exc.strerror or exc}", path=path) from None
    return fh, path, True


def read_dump(source: "str | os.PathLike[str] | IO[bytes]", *, errors: str = "raise") -> Iterator[Article | CasualtyError]:
    """Every battle article of a MediaWiki XML export, lazily.

    Args:
        source: a ``.xml`` or ``.xml.bz2`` path, or a binary file object.
        errors: "raise" stops at the first page that cannot be read;
            "return" yields its :class:`~casualtylib.CasualtyError` instead
            and goes on. A broken dump (bad XML, a truncated ``.bz2``, an
            unsafe DTD) always raises, naming the file and, for XML, the line.

    Each article's ``name`` and ``title`` are the page title; its ``path``
    is ``"<dump>#<title>"``.

    >>> import tempfile, pathlib, casualtylib
    >>> from casualtylib._synthetic import to_wikitext, write_dump
    >>> art = casualtylib.read_article("seeds/004_53af8563b63003c2.txt")
    >>> dump = write_dump([(art.title, to_wikitext(art))], pathlib.Path(tempfile.mkdtemp()) / "dump.xml.bz2")
    >>> [(a.name, a.format, a.infobox["casualties1"]) for a in read_dump(dump)]
    [('2024 Hama offensive', 'wikitext', '73+ fighters killed, 5 fighters killed')]
    """
    for path, title, text in pages(source):
        try:
            yield page_article(path, title, text)
        except CasualtyError as exc:
            if errors == "raise":
                raise
            yield exc


def page_article(path: str, title: str, text: str) -> Article:
    """The article of one dump page (``read_dump`` does this for each page;
    batch runs do it in their worker processes)."""
    from . import formats

    art = formats.parse(text, path=f"{path}#{title}", name=title, format="wikitext")
    return dataclasses.replace(art, title=title)


def pages(source: "str | os.PathLike[str] | IO[bytes]") -> Iterator[tuple[str, str, str]]:
    """``(dump path, title, wikitext)`` of every main-namespace battle page
    of a dump, unparsed, in constant memory."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import iterparse

    fh, path, owned = _open(source)
    try:
        events = iterparse(fh, events=("start", "end"), forbid_dtd=True, forbid_entities=True, forbid_external=True)
        root = None
        for event, elem in _guarded(events, path, DefusedXmlException):
            if root is None:
                root = elem
            if event != "end" or _local(elem.tag) != "page":
                continue
            page = _page(elem)
            root.clear()  # constant memory: drop every page once read
            if page is not None:
                yield (path, *page)
    finally:
        if owned:
            fh.close()


def _guarded(events: Iterator[tuple[str, Any]], path: str, unsafe: type[Exception]) -> Iterator[tuple[str, Any]]:
    """The parser's events, its failures turned into errors naming the file."""
    from xml.etree.ElementTree import ParseError

    try:
        yield from events
    except unsafe as exc:
        raise ArticleFormatError(f"refused: the dump declares a DTD or entities ({type(exc).__name__}); "
                                 "MediaWiki exports need neither", path=path) from None
    except ParseError as exc:
        line = exc.position[0] if getattr(exc, "position", None) else None
        raise ArticleFormatError(f"not a well-formed XML dump: {exc.msg if hasattr(exc, 'msg') else exc}",
                                 path=path, line=line) from None
    except (EOFError, OSError) as exc:
        raise ArticleFormatError(f"the dump is truncated or not bzip2 ({exc})", path=path) from None


def _page(elem: Any) -> tuple[str, str] | None:
    """``(title, wikitext)`` of a main-namespace battle page, else None."""
    title = ns = text = None
    redirect = False
    for child in elem.iter():
        tag = _local(child.tag)
        if tag == "title" and title is None:
            title = child.text or ""
        elif tag == "ns" and ns is None:
            ns = (child.text or "").strip()
        elif tag == "redirect":
            redirect = True
        elif tag == "text":
            text = child.text or ""  # the last revision's text wins
    if redirect or ns not in (None, "0") or not title or not text or not _INFOBOX.search(text):
        return None
    return title, text
