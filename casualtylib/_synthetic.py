"""Synthetic corpora for tests and benchmarks: articles as wikitext, and
MediaWiki XML dumps written from them.

>>> from casualtylib import read_article
>>> art = read_article("= Battle of X =\\n\\nInfobox\\n- Date: 3 March 2012\\n- Casualties1: 12 killed\\n\\n== March ==\\nOn 3 March, 12 soldiers were killed.\\n")
>>> print(to_wikitext(art))
{{Infobox military conflict
| conflict = Battle of X
| date = 3 March 2012
| casualties1 = 12 killed
}}
== March ==
On 3 March, 12 soldiers were killed.
<BLANKLINE>
"""

from __future__ import annotations

import bz2
import os
from collections.abc import Iterable
from xml.sax.saxutils import escape

from .article import Article

__all__ = ["to_wikitext", "write_dump"]


def to_wikitext(art: Article, *, title: str | None = None) -> str:
    """The article as MediaWiki wikitext with a military-conflict infobox."""
    fields = {"conflict": title or art.title, **{k: v for k, v in art.infobox.items() if k != "conflict"}}
    box = "".join(f"| {k} = {v}\n" for k, v in fields.items())
    return "{{Infobox military conflict\n" + box + "}}\n" + art.text[art.body_start:].lstrip("\n")


def write_dump(pages: Iterable[tuple[str, str]], path: "str | os.PathLike[str]", *, namespace: int = 0) -> str:
    """Write ``(title, wikitext)`` pages as a pages-articles XML export
    (bzip2-compressed when ``path`` ends in ``.bz2``); returns the path."""
    path = os.fspath(path)
    opener = bz2.open if path.endswith(".bz2") else open
    with opener(path, "wt", encoding="utf-8") as fh:  # type: ignore[operator]
        fh.write('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11" xml:lang="en">\n')
        for i, (title, text) in enumerate(pages, 1):
            fh.write(f"  <page>\n    <title>{escape(title)}</title>\n    <ns>{namespace}</ns>\n    <id>{i}</id>\n"
                     f"    <revision>\n      <id>{i}</id>\n      <text xml:space=\"preserve\">{escape(text)}</text>\n"
                     "    </revision>\n  </page>\n")
        fh.write("</mediawiki>\n")
    return path
