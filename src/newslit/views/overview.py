"""Tables that introduce a case: its articles, and what cleaning kept out of each."""

from __future__ import annotations

from newslit.analysis.overview import article_rows, removed_rows
from newslit.case.model import Article, Case
from newslit.views.text import Table


def article_table(case: Case):
    """:func:`article_rows` as a table (a DataFrame indexed by article id, in ``.frame``)."""
    import pandas as pd

    return Table(pd.DataFrame(article_rows(case)).set_index("id"))


def removed_table(article: Article):
    """:func:`removed_rows` as a table (a DataFrame in ``.frame``): kind, why, text."""
    import pandas as pd

    return Table(pd.DataFrame(removed_rows(article), columns=["kind", "why", "text"]))
