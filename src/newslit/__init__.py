"""newslit: compare how news outlets retold a primary report.

Import cost is kept low: heavy libraries (pandas, matplotlib, ipywidgets) are imported
only by the functions and views that need them.
"""

from newslit.case import Article, Case, Sentence, load_case
from newslit.errors import CaseError, Problem

__all__ = ["Article", "Case", "CaseError", "Problem", "Sentence", "load_case"]
__version__ = "0.1.0"
