"""A case: read, check and write a case folder; clean its texts; split them into sentences; its answer key.

``load_case`` reads ``case.toml`` (:mod:`.spec`) and every article file
(:mod:`.article_text`), cleans each text (:mod:`.cleaning`), splits it into sentences with
offsets into the original file (:mod:`.sentences`, :mod:`.load`) and returns a
:class:`~newslit.case.model.Case`. Every problem is a :class:`~newslit.case.errors.Problem`
gathered into one :class:`~newslit.case.errors.CaseError`. :mod:`.key` reads the optional
answer key; :mod:`.writer` and :mod:`.scaffold` make a new case.
"""

from newslit.case.errors import CaseError, Problem
from newslit.case.load import default_case_dir, load_case
from newslit.case.model import Article, Case, Sentence

__all__ = ["Article", "Case", "CaseError", "Problem", "Sentence", "default_case_dir", "load_case"]
