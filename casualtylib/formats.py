"""Article formats: plain text, YAML front matter over markdown, wikitext.

Each reader turns a text into an :class:`~casualtylib.article.Article`;
:func:`parse` detects which one applies.

Plain text (seeds 000, 002–004)::

    = Title =

    Infobox
    - Key: value
      an indented line goes on with the value before it
    ...

    body with ==Heading== and ===Subheading=== lines

YAML front matter (seed 001): ``---`` / YAML with ``title`` and an
``infoboxes`` list of ``{key: {text: value}}`` maps (or one ``infobox``
map of ``key: value``; a value written as a list is one line an item) /
``---`` / markdown body with ``#`` headings.

MediaWiki wikitext, as found in Wikipedia dumps: ``{{Infobox military
conflict | casualties1 = ... }}`` and ``== Heading ==`` sections, parsed with
mwparserfromhell.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .article import Article, Section
from .dates import parse_date_range
from .errors import ArticleFormatError

__all__ = ["parse", "detect", "FORMATS"]

FORMATS = ("plain", "frontmatter", "wikitext")

_PLAIN_TITLE = re.compile(r"\A\s{0,200}=(?!=)[ \t]{0,10}(?P<title>[^\n]{1,500}?)[ \t]{0,10}=[ \t]{0,10}$", re.MULTILINE)
_WIKI_HEADING = re.compile(r"^(?P<eq>={2,6})[ \t]{0,10}(?P<title>[^\n]{0,500}?)[ \t]{0,10}(?P=eq)[ \t]{0,10}$", re.MULTILINE)
_MD_HEADING = re.compile(r"^(?P<hashes>#{1,6})[ \t]{1,10}(?P<title>[^\n]{0,500}?)[ \t]{0,10}#{0,6}[ \t]{0,10}$", re.MULTILINE)
# the value runs to the end of the line, however long: one character class up
# to "$" cannot backtrack
_INFOBOX_LINE = re.compile(r"^- (?P<key>[^:\n]{1,80}?):[ \t]?(?P<value>[^\n]*)$")
# a plain article with no title line opens on its infobox block
_PLAIN_INFOBOX = re.compile(r"\A\s{0,200}Infobox[ \t]{0,10}\r?\n- ", re.IGNORECASE)
_WIKITEXT_HINT = re.compile(r"\{\{\s{0,5}infobox|\[\[[^\]\n]{1,300}\]\]|^={2,6}[^=\n]{1,300}={2,6}\s*$|'''", re.IGNORECASE | re.MULTILINE)


def detect(text: str) -> str | None:
    """The format of ``text``: "plain", "frontmatter", "wikitext" or None."""
    head = text.lstrip("\ufeff")
    if head.startswith("---") and head[3:4] in ("\n", "\r"):
        return "frontmatter"
    if _PLAIN_TITLE.match(head) or _PLAIN_INFOBOX.match(head):
        return "plain"
    if _WIKITEXT_HINT.search(head):
        return "wikitext"
    return None


def parse(text: str, *, path: str | None = None, name: str | None = None, format: str | None = None) -> Article:
    """Read ``text`` in its format (detected unless ``format`` is given)."""
    fmt = format or detect(text)
    if fmt is None:
        first = next((i + 1 for i, line in enumerate(text.splitlines()) if line.strip()), 1)
        raise ArticleFormatError(
            "no known article format: expected a '= Title =' plain-text article, "
            "'---' YAML front matter, or MediaWiki wikitext",
            path=path,
            line=first,
            text=text.strip().splitlines()[0] if text.strip() else "",
        )
    if fmt not in FORMATS:
        raise ArticleFormatError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}", path=path)
    reader = {"plain": _read_plain, "frontmatter": _read_frontmatter, "wikitext": _read_wikitext}[fmt]
    fields = reader(text, path)
    default_name = Path(path).name if path else fields["title"] or "article"
    return _build(fields, name=name or default_name, path=path, fmt=fmt)


def _build(fields: dict[str, Any], *, name: str, path: str | None, fmt: str) -> Article:
    infobox: dict[str, str] = fields["infobox"]
    text: str = fields["text"]
    body_start: int = fields["body_start"]
    heading_re = _MD_HEADING if fmt == "frontmatter" else _WIKI_HEADING
    return Article(
        name=name,
        title=fields["title"] or infobox.get("conflict", "") or name,
        text=text,
        infobox=infobox,
        period=parse_date_range(infobox.get("date", "")),
        combatants=_combatants(infobox),
        sections=_sections(text, body_start, heading_re, fmt),
        body_start=body_start,
        format=fmt,
        path=path,
    )


# -- plain ----------------------------------------------------------------------


def _read_plain(text: str, path: str | None) -> dict[str, Any]:
    m = _PLAIN_TITLE.match(text)
    title = m.group("title").strip() if m else ""
    pos = m.end() if m else 0
    infobox: dict[str, str] = {}
    lines = text[pos:].split("\n")
    offset = pos
    line_no = text.count("\n", 0, pos) + 1
    i = 0
    # skip blank lines, then an optional "Infobox" block of "- Key: value" lines
    while i < len(lines) and not lines[i].strip():
        offset += len(lines[i]) + 1
        i += 1
    if i < len(lines) and lines[i].strip().lower() == "infobox":
        offset += len(lines[i]) + 1
        i += 1
        last_key = None
        while i < len(lines) and (lines[i].startswith("- ") or (
                last_key is not None and lines[i][:1] in (" ", "\t") and lines[i].strip())):
            if not lines[i].startswith("- "):
                # an indented line goes on with the value before it: "- Casualties1: 200 killed" / "  50 captured"
                infobox[last_key] = f"{infobox[last_key]}\n{lines[i].strip()}".strip()
                offset += len(lines[i]) + 1
                i += 1
                continue
            lm = _INFOBOX_LINE.match(lines[i].rstrip("\r"))
            if lm is None:
                raise ArticleFormatError(
                    "infobox line is not of the form '- Key: value'", path=path, line=line_no + i, text=lines[i]
                )
            last_key = lm.group("key").strip().lower()
            infobox[last_key] = lm.group("value").strip()
            offset += len(lines[i]) + 1
            i += 1
    return {"title": title, "infobox": infobox, "text": text, "body_start": min(offset, len(text))}


# -- YAML front matter -------------------------------------------------------------


def _read_frontmatter(text: str, path: str | None) -> dict[str, Any]:
    import yaml

    lead = len(text) - len(text.lstrip("\ufeff"))
    m = re.compile(r"^---[ \t]*\r?$", re.MULTILINE)
    marks = [x for x in m.finditer(text, lead)]
    if len(marks) < 2:
        raise ArticleFormatError("YAML front matter is not closed by a '---' line", path=path, line=1)
    yaml_text = text[marks[0].end() : marks[1].start()]
    try:
        meta = yaml.safe_load(yaml_text) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ArticleFormatError(f"broken YAML front matter: {problem}", path=path, line=line) from None
    if not isinstance(meta, dict):
        raise ArticleFormatError("YAML front matter is not a mapping", path=path, line=2)
    infobox: dict[str, str] = {}
    # (a hand-written file may name one box in the singular: "infobox: {casualties1: ...}")
    key = "infoboxes" if "infoboxes" in meta or "infobox" not in meta else "infobox"
    boxes = meta.get(key) or []
    if isinstance(boxes, dict):
        boxes = [boxes]
    if not isinstance(boxes, list):
        raise ArticleFormatError(f"{key!r} in the front matter is not a list", path=path)
    for box in boxes:
        if not isinstance(box, dict):
            continue
        for key, value in box.items():
            k = str(key).strip().lower()
            if k in infobox:
                continue  # the first infobox (the conflict's) wins
            if isinstance(value, dict):
                value = value.get("text", "")
            if isinstance(value, list):
                # a field written as a YAML list ("casualties1: [200 killed, 50 captured]"): one line an item
                value = "\n".join(str(item).strip() for item in value if item is not None)
            infobox[k] = "" if value is None else str(value).strip()
    body_start = marks[1].end() + 1 if marks[1].end() < len(text) else len(text)
    return {"title": str(meta.get("title") or ""), "infobox": infobox, "text": text, "body_start": min(body_start, len(text))}


# -- wikitext --------------------------------------------------------------------------

_LIST_TEMPLATES = {"ubl", "unbulleted list", "plainlist", "plain list", "flatlist", "hlist", "bulleted list",
                   "blist", "collapsible list", "ubil", "unbulleted indent list", "endplainlist", "startplainlist"}
_DROP_TEMPLATES = {"efn", "refn", "sfn", "sfnp", "sfnm", "cn", "citation needed", "fact", "r", "rp", "ref",
                   "notetag", "efn-la", "efn-ua", "efn-lr", "efn-ur", "ref label", "note label", "refnest",
                   "flagicon", "flag icon", "flagdeco", "flagicon image", "clarify", "dubious", "when",
                   "who", "by whom", "update inline", "better source needed", "failed verification",
                   "cite web", "cite news", "cite book", "cite journal", "harvnb", "-", "clear", "reflist",
                   "notelist", "main", "see also", "further", "short description", "use dmy dates",
                   "use mdy dates", "campaignbox", "coord", "citation", "inflation", "update"}
_TEXT_TEMPLATES = {"circa": "c. ", "c.": "c. ", "ca.": "c. ", "ndash": "–", "snd": " – ", "spnd": " – ",
                   "mdash": "—", "nbsp": " ", "kia": " (KIA)", "killed in action": " (KIA)", "pow": " (POW)",
                   "executed": " (executed)", "wia": " (WIA)", "mia": " (MIA)", "and": " and ", "'": "'",
                   "!": "|", "=": "="}
_WRAP_TEMPLATES = {"nowrap": 1, "small": 1, "big": 1, "nobold": 1, "noitalic": 1, "lang": 2, "flag": 1,
                   "flagcountry": 1, "flagu": 1, "flagcu": 1, "abbr": 1, "nobr": 1, "resize": -1, "sic": 1,
                   "tooltip": 1, "lang-ar": 1, "transl": 2, "font": 1, "sup": 1, "sub": 1, "formatnum": 1,
                   # a sortable table's cell shows its text, not its key ({{sort|300|300 killed}});
                   # a hidden sort key shows nothing (0: no parameter)
                   "sort": -1, "nts": 1, "ntsh": 0, "hs": 0}
_DATE_TEMPLATES = {"start date", "end date", "start date and age", "end date and age"}
_DROP_TAGS = {"ref", "references", "gallery", "math", "score", "timeline", "templatestyles"}
_LINK_DROP = re.compile(r"^\s{0,5}(?:file|image|category|media):", re.IGNORECASE)


def _read_wikitext(text: str, path: str | None) -> dict[str, Any]:
    import mwparserfromhell

    try:
        code = mwparserfromhell.parse(text)
    except Exception as exc:  # mwparserfromhell's own errors carry no line
        raise ArticleFormatError(f"unparseable wikitext: {exc}", path=path) from None
    infobox: dict[str, str] = {}
    title = ""
    for tpl in code.filter_templates(recursive=False):
        if str(tpl.name).strip().lower().startswith("infobox"):
            for param in tpl.params:
                key = str(param.name).strip().lower()
                if key and key not in infobox:
                    infobox[key] = _tidy(_render(param.value))
            try:
                code.remove(tpl)
            except ValueError:
                pass
            break
    if not infobox and re.search(r"\{\{\s{0,5}infobox", str(code), re.IGNORECASE):
        line = text.count("\n", 0, re.search(r"\{\{\s{0,5}infobox", text, re.IGNORECASE).start()) + 1  # type: ignore[union-attr]
        raise ArticleFormatError("the infobox template is never closed with '}}'", path=path, line=line)
    title = infobox.get("conflict", "")
    body = _tidy(_render(code), keep_paragraphs=True)
    return {"title": title, "infobox": infobox, "text": body, "body_start": 0}


def _render(code: Any) -> str:
    from mwparserfromhell import nodes

    out: list[str] = []
    for node in code.nodes:
        if isinstance(node, nodes.Text):
            out.append(str(node))
        elif isinstance(node, nodes.Wikilink):
            if _LINK_DROP.match(str(node.title)):
                continue
            out.append(_render(node.text) if node.text is not None else str(node.title).split("#")[0])
        elif isinstance(node, nodes.ExternalLink):
            out.append(_render(node.title) if node.title is not None else "")
        elif isinstance(node, nodes.Template):
            out.append(_render_template(node))
        elif isinstance(node, nodes.Tag):
            tag = str(node.tag).strip().lower()
            if tag in _DROP_TAGS:
                continue
            if tag in ("br", "hr"):
                out.append("\n")
            elif tag == "li":
                out.append("\n" + (_render(node.contents) if node.contents is not None else ""))
            elif node.contents is not None:
                out.append(_render(node.contents))
        elif isinstance(node, nodes.Heading):
            eq = "=" * node.level
            out.append(f"{eq} {_render(node.title).strip()} {eq}")
        elif isinstance(node, nodes.HTMLEntity):
            out.append(node.normalize())
        # comments and arguments render to nothing
    return "".join(out)


def _render_template(tpl: Any) -> str:
    name = str(tpl.name).strip().lower().replace("_", " ")
    positional = [p for p in tpl.params if not p.showkey]
    if name in _TEXT_TEMPLATES:
        # {{circa|30}}: "c. 30"; a template given no parameter ({{KIA}}) gives its text alone
        return _TEXT_TEMPLATES[name] + " ".join(_render(p.value).strip() for p in positional)
    if name in _DROP_TEMPLATES or name.startswith(("cite ", "efn", "sfn", "infobox", "campaignbox")):
        return ""
    if name in _LIST_TEMPLATES:
        return "\n" + "\n".join(_render(p.value).strip() for p in positional) + "\n"
    if name in _WRAP_TEMPLATES:
        k = _WRAP_TEMPLATES[name]
        idx = len(positional) - 1 if k == -1 else k - 1
        return _render(positional[idx].value) if 0 <= idx < len(positional) else ""
    if name.startswith("lang-") and positional:
        return _render(positional[0].value)
    if name in _DATE_TEMPLATES and positional:
        from .dates import date_template

        # {{start date|2016|3|7}}: "7 March 2016", so the infobox period reads it
        ymd = [_render(p.value).strip() for p in positional[:3]]
        if ymd[0].isdigit() and all(x.isdigit() for x in ymd[1:]):
            return date_template(*ymd)
    if name == "as of" and positional:
        from .dates import date_template

        # {{As of|2014|3|5}}: "As of 5 March 2014", a date the prose goes by
        ymd = [_render(p.value).strip() for p in positional[:3]]
        if all(x.isdigit() for x in ymd):
            return "As of " + date_template(*ymd)
        return ""
    if name in ("convert", "cvt") and len(positional) >= 2:
        return f"{_render(positional[0].value)} {_render(positional[1].value)}"
    raw_name = str(tpl.name).strip()
    if ":" in raw_name:
        # a parser function or magic word: {{formatnum:1500}}, {{lc:Rebels}}: its value follows the colon
        return " ; ".join([raw_name.partition(":")[2].strip(), *(_render(p.value).strip() for p in positional)]).strip(" ;")
    # an unknown template: keep its positional text, so no number is lost; the
    # parts stay apart ("{{x|300|400}}" is no 300400, as "300 400" would read)
    return " ; ".join(t for t in (_render(p.value).strip() for p in positional) if t)


_SPACES = re.compile(r"[ \t]{2,50}")
_INDENT = re.compile(r"\n[ \t]{1,50}")
_BLANK_LINES = re.compile(r"\n{3,}")
_NEWLINES = re.compile(r"\n{2,}")


def _tidy(text: str, *, keep_paragraphs: bool = False) -> str:
    text = text.replace("\r\n", "\n")
    if "  " in text or "\t" in text:  # most fields have neither: skip the scan
        text = _SPACES.sub(" ", text)
    if "\n" in text:
        text = _INDENT.sub("\n", text)
        text = _BLANK_LINES.sub("\n\n", text) if keep_paragraphs else _NEWLINES.sub("\n", text)
    return text.strip()


# -- shared --------------------------------------------------------------------------------

_NAME_SPLIT = re.compile(r"\s{0,3}(?:\n|,|\*|;|<hr>|\|)\s{0,3}")
_ICON = re.compile(r"\S{1,200}\.(?:svg|png|jpg|jpeg|gif)\b\s{0,3}", re.IGNORECASE)
_SIZE = re.compile(r"\b\d{1,4}px\b")


def _combatants(infobox: dict[str, str]) -> dict[int, tuple[str, ...]]:
    out: dict[int, tuple[str, ...]] = {}
    for key in infobox:
        m = re.fullmatch(r"combatant(\d)", key)
        if not m:
            continue
        side = int(m.group(1))
        names = _names(infobox[key]) or _names(infobox.get(f"units{side}", ""))
        out[side] = names
    return dict(sorted(out.items()))


def _names(value: str) -> tuple[str, ...]:
    value = _SIZE.sub(" ", _ICON.sub(" ", value))
    names = []
    for part in _NAME_SPLIT.split(value):
        part = " ".join(part.replace("()", " ").split()).strip(" '\"-–")
        if part and any(ch.isalpha() for ch in part):
            names.append(part)
    return tuple(names)


def _sections(text: str, body_start: int, heading_re: re.Pattern[str], fmt: str) -> tuple[Section, ...]:
    heads = [m for m in heading_re.finditer(text, body_start)]
    if fmt == "frontmatter":
        # a leading '# Title' heading is the title, not a section
        heads = [m for m in heads if len(m.group("hashes")) > 1 or m.start() != body_start]
    sections: list[Section] = []
    first = heads[0].start() if heads else len(text)
    sections.append(Section("", 0, (), body_start, first, body_start))
    stack: list[tuple[int, str]] = []
    for i, m in enumerate(heads):
        level = len(m.group("hashes")) if fmt == "frontmatter" else len(m.group("eq"))
        title = m.group("title").strip()
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, title))
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        start = min(m.end() + 1, end)
        sections.append(Section(title, level, tuple(t for _, t in stack), start, end, m.start()))
    return tuple(sections)
