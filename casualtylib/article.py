"""Articles: a war article's title, infobox, period, sides and sections.

:func:`read_article` reads a file or a string in any of the formats in
:mod:`casualtylib.formats` and returns an :class:`Article`.

>>> art = read_article('''= Battle of X =
...
... Infobox
... - Date: 16–31 December 2012
... - Combatant1: Free Syrian Army
... - Combatant2: Syrian Government
... - Casualties1: 132 killed
...
... ==December==
... On 20 December, 3 soldiers were killed.
... ''')
>>> art.title, art.period.start, art.party(1)
('Battle of X', datetime.date(2012, 12, 16), 'Free Syrian Army')
>>> [(s.heading, s.path) for s in art.sections]
[('', ()), ('December', ('December',))]
>>> art.text[art.sections[1].start:art.sections[1].end].strip()
'On 20 December, 3 soldiers were killed.'
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeAlias

from .dates import DateRange
from .errors import ArticleFormatError, ArticleNotFoundError, CasualtyError

__all__ = ["Article", "Section", "read_article", "read_articles", "each_article", "ARTICLE_SUFFIXES"]

#: File endings :func:`read_articles` picks up in a folder.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".wiki", ".wikitext", ".mediawiki")


@dataclass(frozen=True, slots=True)
class Section:
    """A section of an article's body.

    Attributes:
        heading: the heading's text ("" for the lead before any heading).
        level: the heading level (2 for ``==X==`` or ``## X``; 0 for the lead).
        path: the headings from the top down to this one, e.g. ``("2011", "November")``.
        start, end: character offsets of the section's content (heading line
            excluded) in :attr:`Article.text`.
        heading_start: offset of the heading line itself.

    >>> import casualtylib
    >>> art = casualtylib.read_article("seeds/004_53af8563b63003c2.txt")
    >>> [(s.heading, s.level, s.path) for s in art.sections[1:4]]
    [('Background', 2, ('Background',)), ('Battle', 2, ('Battle',)), ('Opening advances', 3, ('Battle', 'Opening advances'))]
    """

    heading: str
    level: int
    path: tuple[str, ...]
    start: int
    end: int
    heading_start: int


@dataclass(frozen=True)
class Article:
    """One article, read from any supported format.

    Attributes:
        name: a short identifier: the file name, or the title for text input.
        title: the article's title.
        text: the article text that all offsets refer to. For the plain and
            front-matter formats it is the file as read; for wikitext it is
            the plain-text rendering of the body (markup removed, headings
            kept as ``== X ==`` lines).
        infobox: the infobox fields, keys lower-cased, values as plain text.
        period: the infobox date range.
        combatants: side number to the combatant names of that side.
        sections: the body's sections in order, the lead first.
        body_start: offset in :attr:`text` where the prose begins.
        format: "plain", "frontmatter" or "wikitext".
        path: the file read, or None.

    >>> import casualtylib
    >>> art = casualtylib.read_article("seeds/004_53af8563b63003c2.txt")
    >>> art.title, art.format, art.period.start, art.period.end
    ('2024 Hama offensive', 'plain', datetime.date(2024, 11, 30), datetime.date(2024, 12, 5))
    >>> art.casualty_fields()
    [('casualties1', 1), ('casualties2', 2), ('casualties3', 3)]
    >>> art.party(1), art.infobox["casualties3"]
    ('Syrian Salvation Government', '17+ civilians killed 115,000 people displaced')
    """

    name: str
    title: str
    text: str
    infobox: Mapping[str, str] = field(default_factory=dict)
    period: DateRange = field(default_factory=lambda: DateRange(None, None, ""))
    combatants: Mapping[int, tuple[str, ...]] = field(default_factory=dict)
    sections: tuple[Section, ...] = ()
    body_start: int = 0
    format: str = "plain"
    path: str | None = None

    def party(self, side: int) -> str | None:
        """The first combatant named for ``side``, or None."""
        names = self.combatants.get(side, ())
        return names[0] if names else None

    def casualty_fields(self) -> list[tuple[str, int | None]]:
        """The infobox's casualty fields as ``(key, side)`` pairs, in order.

        >>> Article("a", "A", "", infobox={"casualties2": "5 killed", "casualties1": "x"}).casualty_fields()
        [('casualties1', 1), ('casualties2', 2)]
        """
        out = []
        for key in self.infobox:
            m = _CASUALTY_KEY.fullmatch(key)
            if m:
                out.append((key, int(m.group(1)) if m.group(1) else None))
        return sorted(out, key=lambda kv: (kv[1] is None, kv[1] or 0, kv[0]))

    def section_at(self, offset: int) -> Section | None:
        """The innermost section holding ``offset``, or None before the body."""
        found = None
        for s in self.sections:
            if s.heading_start <= offset < s.end or (s.start <= offset < s.end):
                found = s
        return found


_CASUALTY_KEY = re.compile(r"casualties[\s_-]?(\d{0,2})")


def read_article(
    source: "str | os.PathLike[str] | bytes | Article",
    *,
    name: str | None = None,
    format: str | None = None,
) -> Article:
    """Read an article from a file path or from its text.

    Args:
        source: a path (``str`` without a line break, or ``os.PathLike``), the
            article's text (``str`` with a line break), its bytes, or an
            :class:`Article` (returned as is).
        name: the article's name in results (default: the file name, or the
            title for text).
        format: "plain", "frontmatter" or "wikitext" to skip detection.

    Raises:
        ArticleFormatError: the input is not text, not UTF-8, or in no known
            format, or the file cannot be read; the error names the file and,
            where it applies, the line.
        ArticleNotFoundError: the path does not exist (a ``CasualtyError``
            and a ``FileNotFoundError``).

    >>> art = read_article("seeds/001_82e133301474c6dc.txt")
    >>> art.format, art.title, art.infobox["casualties3"]
    ('frontmatter', '2012 Hama offensive', '90–200 civilians killed')
    >>> read_article("= Battle of X =\\n\\nInfobox\\n- Casualties1: 12 killed\\n").infobox
    {'casualties1': '12 killed'}
    """
    from . import formats

    if isinstance(source, Article):
        return source
    path: str | None = None
    if _is_path(source):
        path = os.fspath(source)  # type: ignore[arg-type]
        data: bytes | str = _read_file(path)
    elif isinstance(source, (str, bytes)):
        data = source
    else:
        raise ArticleFormatError(f"cannot read an article from a {type(source).__name__}; "
                                 "give a path, the article's text or its bytes")
    text = _decode(data, path)
    return formats.parse(text, path=path, name=name, format=format)


def read_articles(
    paths: "str | os.PathLike[str] | Iterable[str | os.PathLike[str]]",
    *,
    errors: str = "raise",
) -> Iterator[Article | CasualtyError]:
    """Read every article under ``paths`` (files, or folders searched for
    :data:`ARTICLE_SUFFIXES` and MediaWiki dumps, ``.xml`` / ``.xml.bz2``,
    which :func:`~casualtylib.read_dump` streams), lazily, in sorted order
    within a folder.

    With ``errors="raise"`` the first bad file raises; with ``"return"`` its
    :class:`~casualtylib.errors.CasualtyError` is yielded in its place, so a
    batch run can report it and go on.

    >>> [a.name for a in read_articles("seeds/")][:2]
    ['000_2f889a6acb127c80.txt', '001_82e133301474c6dc.txt']
    >>> [type(x).__name__ for x in read_articles(["seeds/000_2f889a6acb127c80.txt", "no/such.txt"], errors="return")]
    ['Article', 'ArticleNotFoundError']
    """
    from .dump import is_dump, read_dump

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for p in paths:
        p = Path(p)
        try:
            files = _files_under(p) if p.is_dir() else [p]
        except OSError as exc:
            files, failed = [], _os_error(exc, p)
            if errors == "raise":
                raise failed from None
            yield failed
        for f in files:
            try:
                if is_dump(f):
                    yield from read_dump(f, errors="raise" if errors == "raise" else "return")
                else:
                    yield read_article(f)
            except (CasualtyError, OSError) as exc:
                failed = exc if isinstance(exc, CasualtyError) else _os_error(exc, f).with_traceback(exc.__traceback__)
                if errors == "raise":
                    raise failed from None
                yield failed


def _files_under(folder: Path) -> list[Path]:
    return sorted(f for f in folder.rglob("*")
                  if f.is_file() and _readable(f) and not f.name.lower().startswith("readme"))


def _os_error(exc: OSError, path: "str | Path") -> CasualtyError:
    """The CasualtyError for an OS failure to read ``path``."""
    if isinstance(exc, FileNotFoundError):
        return ArticleNotFoundError("no such article file", path=str(path))
    return ArticleFormatError(f"cannot read the file: {exc.strerror or exc}", path=str(path))


def _is_path(source: object) -> bool:
    """Whether ``source`` names a file rather than holding an article's text:
    a path object, or a string of one line that could be a file name."""
    if isinstance(source, os.PathLike):
        return True
    return isinstance(source, str) and "\n" not in source and "\x00" not in source and len(source) < 4096


def _read_file(path: str) -> bytes:
    """The bytes of an article file, with every OS failure as a CasualtyError."""
    try:
        if os.path.isdir(path):
            raise ArticleFormatError("is a folder, not an article (use read_articles)", path=path)
        return Path(path).read_bytes()
    except OSError as exc:  # missing, too long a name, no permission, a device
        raise _os_error(exc, path) from None


#: What the table functions take: an article, its text, a path, folder or
#: dump, or an iterable of those.
Articles: TypeAlias = "Article | str | os.PathLike[str] | Iterable[Article | str | os.PathLike[str]]"


def each_article(source: Articles, *,
                 errors: str = "raise") -> Iterator[Article | CasualtyError]:
    """The articles a table function is given, lazily: an Article, an
    article's text, a path, a folder or dump (through :func:`read_articles`),
    or an iterable of those. With ``errors="return"`` an unreadable file
    yields its error in its place."""
    if isinstance(source, (Article, bytes)) or (isinstance(source, str) and not _is_path(source)):
        yield read_article(source)
        return
    if isinstance(source, (str, os.PathLike)):
        source = [source]
    for item in source:
        if isinstance(item, (Article, bytes)) or (isinstance(item, str) and not _is_path(item)):
            yield read_article(item)
        else:
            yield from read_articles(item, errors=errors)


def _readable(f: Path) -> bool:
    from .dump import is_dump

    return f.suffix.lower() in ARTICLE_SUFFIXES or is_dump(f)


def _decode(data: bytes | str, path: str | None) -> str:
    if isinstance(data, str):
        if "\x00" in data:
            raise ArticleFormatError("not text: it holds NUL characters", path=path, line=data.count("\n", 0, data.index("\x00")) + 1)
        return data
    if b"\x00" in data:
        raise ArticleFormatError("not text: binary data (NUL bytes)", path=path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ArticleFormatError(
            f"not UTF-8 text (undecodable byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-encode the file as UTF-8",
            path=path,
            line=line,
        ) from None
