"""casualtylib: typed, sourced casualty figures from war articles.

Parse infobox casualty strings into typed ranges, extract the dated, sided,
sourced incident figures of an article's prose, read articles in plain text,
YAML front matter or MediaWiki wikitext, and get everything as pandas
DataFrames validated by pandera schemas.

>>> import casualtylib
>>> [(f.low, f.high, f.outcome) for f in casualtylib.parse_casualties("90–200 civilians killed")]
[(90, 200, 'killed')]

Heavy dependencies (pandas, pandera, pint) are imported on first use, so
``import casualtylib`` stays fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .article import Article, Section, read_article, read_articles
from .dump import read_dump
from .dates import DateRange, parse_date_range
from .errors import ArticleFormatError, ArticleNotFoundError, CasualtyError, ParseError
from .figures import Casualties, Figure, Fragment, parse_casualties
from .frames import infobox_figures

if TYPE_CHECKING:
    from .evaluate import evaluate, evaluate_incidents, evaluate_infobox, evaluate_reconcile
    from .prose import Incident, extract_incidents, incidents
    from .plot import plot_timeline
    from .reconciliation import reconcile, reconcile_sources
    from .report import render_report, write_report
    from ._timeline import format_interval
    from .schemas import FigureSchema, IncidentSchema, ReconciliationSchema, SourceReconciliationSchema
    from .units import registry

__version__ = "0.1.0"

__all__ = [
    "Article",
    "ArticleFormatError",
    "ArticleNotFoundError",
    "Casualties",
    "CasualtyError",
    "DateRange",
    "Figure",
    "FigureSchema",
    "Fragment",
    "Incident",
    "IncidentSchema",
    "ParseError",
    "ReconciliationSchema",
    "Section",
    "SourceReconciliationSchema",
    "__version__",
    "evaluate",
    "evaluate_incidents",
    "evaluate_infobox",
    "evaluate_reconcile",
    "extract_incidents",
    "format_interval",
    "incidents",
    "infobox_figures",
    "parse_casualties",
    "parse_date_range",
    "plot_timeline",
    "read_article",
    "read_articles",
    "read_dump",
    "reconcile",
    "reconcile_sources",
    "registry",
    "render_report",
    "write_report",
]

_LAZY = {
    "FigureSchema": ("casualtylib.schemas", "FigureSchema"),
    "registry": ("casualtylib.units", "registry"),
    "evaluate_infobox": ("casualtylib.evaluate", "evaluate_infobox"),
    "evaluate_incidents": ("casualtylib.evaluate", "evaluate_incidents"),
    "evaluate": ("casualtylib.evaluate", "evaluate"),
    "IncidentSchema": ("casualtylib.schemas", "IncidentSchema"),
    "Incident": ("casualtylib.prose", "Incident"),
    "incidents": ("casualtylib.prose", "incidents"),
    "extract_incidents": ("casualtylib.prose", "extract_incidents"),
    "evaluate_reconcile": ("casualtylib.evaluate", "evaluate_reconcile"),
    "reconcile": ("casualtylib.reconciliation", "reconcile"),
    "plot_timeline": ("casualtylib.plot", "plot_timeline"),
    "reconcile_sources": ("casualtylib.reconciliation", "reconcile_sources"),
    "ReconciliationSchema": ("casualtylib.schemas", "ReconciliationSchema"),
    "SourceReconciliationSchema": ("casualtylib.schemas", "SourceReconciliationSchema"),
    "format_interval": ("casualtylib._timeline", "format_interval"),
    "render_report": ("casualtylib.report", "render_report"),
    "write_report": ("casualtylib.report", "write_report"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        value = getattr(importlib.import_module(module), attr)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'casualtylib' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
