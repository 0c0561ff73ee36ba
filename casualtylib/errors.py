"""casualtylib's errors: one hierarchy, all of them ``ValueError`` subclasses.

Every error casualtylib raises on bad input is a :class:`CasualtyError`, so
callers can catch one class. Each carries what a user needs to find the
problem: the file (``path``), the line (``line``, 1-based) and the offending
text (``text``), where they apply.

>>> err = ArticleFormatError("no infobox", path="a.txt", line=3)
>>> str(err)
'a.txt:3: no infobox'
>>> isinstance(err, ValueError)
True
"""

from __future__ import annotations

__all__ = ["CasualtyError", "ArticleFormatError", "ArticleNotFoundError", "ParseError"]


class CasualtyError(ValueError):
    """Base class of every error casualtylib raises on bad input.

    Attributes:
        message: what went wrong, in words.
        path: the file it concerns, or None.
        line: the 1-based line in that file, or None.
        text: the offending text (shortened to 80 characters), or None.

    >>> import casualtylib
    >>> try:
    ...     casualtylib.read_article("= X =\\n\\nInfobox\\n- no colon here\\n")
    ... except casualtylib.CasualtyError as exc:
    ...     print(exc.line, repr(exc.text), isinstance(exc, ValueError))
    4 '- no colon here' True
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        text: str | None = None,
    ) -> None:
        self.message = message
        self.path = None if path is None else str(path)
        self.line = line
        self.text = None if text is None else _shorten(text)
        super().__init__(self.__str__())

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path + (f":{self.line}" if self.line is not None else "") + ": "
        elif self.line is not None:
            where = f"line {self.line}: "
        tail = f" (in {self.text!r})" if self.text else ""
        return f"{where}{self.message}{tail}"

    def __reduce__(self):  # keep the fields through pickling (multiprocessing)
        return (_rebuild, (type(self), self.message, self.path, self.line, self.text))


class ArticleFormatError(CasualtyError):
    """The input is not an article casualtylib can read: no known format,
    not text, not UTF-8, or a broken structure (front matter, template).

    >>> import casualtylib
    >>> casualtylib.read_article(b"\\xff\\xfe not UTF-8")
    Traceback (most recent call last):
    ...
    casualtylib.errors.ArticleFormatError: line 1: not UTF-8 text (undecodable byte 0xff at offset 0); re-encode the file as UTF-8
    """


class ArticleNotFoundError(CasualtyError, FileNotFoundError):
    """The path names no file. It is a :class:`FileNotFoundError` too, so code
    that catches that keeps working.

    >>> isinstance(ArticleNotFoundError("no such article file", path="x.txt"), FileNotFoundError)
    True
    """


class ParseError(CasualtyError):
    """A casualty string could not be parsed at all (for example, it is not a
    string). Fragments the parser merely could not place are *not* errors:
    they are reported in the result's ``residue``.

    >>> import casualtylib
    >>> casualtylib.parse_casualties(123)
    Traceback (most recent call last):
    ...
    casualtylib.errors.ParseError: a casualty field must be a string, not int (in '123')
    """


def _shorten(text: str, limit: int = 80) -> str:
    text = str(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _rebuild(cls, message, path, line, text):
    return cls(message, path=path, line=line, text=text)
