"""Readability: the Flesch reading-ease score of an English text.

``206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)``: higher is easier
(60-70 is plain English, below 30 is hard, academic prose). Syllables are counted with a
rule of thumb (groups of vowels, a silent final "e"), so a score is good to a few points:
use it to compare articles, not to grade one. It is meant for English; on a translated
text it measures the translation.
"""

from __future__ import annotations

from newslit.text.compiled import regex

_VOWEL_GROUPS = regex(r"[aeiouy]+")
_WORD = regex(r"[A-Za-z]+(?:['’][A-Za-z]+)?")


def syllables(word: str) -> int:
    """Estimated syllables in one word; at least 1 for any word with a letter.

    Edge cases: a silent final "e" is not counted ("make" -> 1, "smile" -> 1) but "-le" after a
    consonant is ("table" -> 2); "-ed" after a consonant other than t/d adds none ("jumped" -> 1).
    """
    w = word.lower().replace("’", "'").split("'")[0]
    if not w:
        return 0
    count = len(_VOWEL_GROUPS.findall(w))
    # "-le" is a syllable only after a consonant: "ta-ble", but "smile" and "whole" have one
    sounded_le = w.endswith("le") and len(w) > 2 and w[-3] not in "aeiouy"
    if w.endswith("e") and not sounded_le and not w.endswith(("ee", "ye")) and count > 1:
        count -= 1
    elif w.endswith("ed") and len(w) > 3 and w[-3] not in "aeiouytd" and count > 1:
        count -= 1
    return max(count, 1)


def flesch_reading_ease(sentences: list[str]) -> float | None:
    """Flesch reading ease of a text given as its sentences; None when it has no words."""
    words = [w for s in sentences for w in _WORD.findall(s)]
    if not words or not sentences:
        return None
    per_sentence = len(words) / len(sentences)
    per_word = sum(syllables(w) for w in words) / len(words)
    return round(206.835 - 1.015 * per_sentence - 84.6 * per_word, 1)
