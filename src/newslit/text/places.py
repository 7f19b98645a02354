"""Place names: the bundled list (``data/places.csv``) and whether a word is one.

Both the figures engine (a figure about a place the primary does not name is another
quantity) and the framing engine (a place is neither a politician's name nor a party's)
read it, so it lives here, beside the other word lists, rather than in either engine.
"""

from __future__ import annotations

from functools import lru_cache

from newslit.text.lexicon import DATA_DIR, Lexicon, read_terms

PLACES_FILE = DATA_DIR / "places.csv"


@lru_cache(maxsize=1)
def place_terms() -> Lexicon:
    """The bundled place names (``data/places.csv``), compiled once."""
    return Lexicon(read_terms(PLACES_FILE, required=("term", "kind", "value"), kinds=("place",)))


def is_place(word: str, places: Lexicon | None = None) -> bool:
    """True if the whole of ``word`` is a place name of ``places`` (the bundled list by default)."""
    places = place_terms() if places is None else places
    return any(m.start == 0 and m.end == len(word) for m in places.find(word))
