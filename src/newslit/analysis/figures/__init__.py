"""Figures: every number in a retelling, matched to the primary's figures and given a verdict.

The modules, in the order the engine uses them: :mod:`.primary` (the primary's figures and
who counts them), :mod:`.index` (which primary figures a retold one could match),
:mod:`.match` (the best match), :mod:`.compare` (the verdict), :mod:`.records` (one record
per retold figure); beside them :mod:`.key` (the answer key), :mod:`.ledger` and
:mod:`.arithmetic` (lesson 03's "who is counting" and sums).
"""

from newslit.analysis.figures.arithmetic import arithmetic_checks, check_share, implied_earlier, one_in
from newslit.analysis.figures.compare import VERDICTS, values_agree, verdict
from newslit.analysis.figures.key import KEY_FILE, attach_key, key_matches, verdict_counts
from newslit.analysis.figures.ledger import lead_counts_the_same_kind, ledger_sample, primary_ledger, shown_verdict
from newslit.analysis.figures.match import best_match
from newslit.analysis.figures.primary import SOURCE_RULES, figure_source, primary_figures, source_rules
from newslit.analysis.figures.records import figure_records

__all__ = [
    "KEY_FILE",
    "SOURCE_RULES",
    "VERDICTS",
    "arithmetic_checks",
    "attach_key",
    "best_match",
    "check_share",
    "figure_records",
    "figure_source",
    "implied_earlier",
    "key_matches",
    "lead_counts_the_same_kind",
    "ledger_sample",
    "one_in",
    "primary_figures",
    "primary_ledger",
    "shown_verdict",
    "source_rules",
    "values_agree",
    "verdict",
    "verdict_counts",
]
