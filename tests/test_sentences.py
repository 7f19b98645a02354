"""Sentence splitting: named fixtures, then properties that must hold for any text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newslit.case.sentences import split_sentences

FIXTURES = {
    "two plain sentences": ("Meta said so. Twitter did not.", ["Meta said so.", "Twitter did not."]),
    "abbreviated month": (
        "It began after the Jan. 6 riot. Then more.",
        ["It began after the Jan. 6 riot.", "Then more."],
    ),
    "U.S. mid-sentence": ("A U.S. nonprofit helps. It is NCMEC.", ["A U.S. nonprofit helps.", "It is NCMEC."]),
    "initial": ("Written by J. Smith today. Next.", ["Written by J. Smith today.", "Next."]),
    # a unit letter after a number is no initial: the sentence ends there (the fifth review's "0.17C. Prices")
    "unit letter after a number": (
        "It beat the record by 0.17C. Prices rose 3.6%. Sales hit $390K. Done.",
        ["It beat the record by 0.17C.", "Prices rose 3.6%.", "Sales hit $390K.", "Done."],
    ),
    "quote closes the sentence": (
        '"Pull the brake," he said. "Are they worth it?"',
        ['"Pull the brake," he said.', '"Are they worth it?"'],
    ),
    "question then digit": ("Was it true? 405 sellers were found.", ["Was it true?", "405 sellers were found."]),
    "decimal is not an end": (
        "It received 31.9 million reports. Up 47%.",
        ["It received 31.9 million reports.", "Up 47%."],
    ),
    "lower case after a full stop": ("See e.g. the report. Fine.", ["See e.g. the report.", "Fine."]),
    "empty": ("", []),
}


@pytest.mark.parametrize("name", FIXTURES)
def test_named_fixture(name):
    text, expected = FIXTURES[name]
    assert [text[s:e] for s, e in split_sentences(text)] == expected


@given(st.text(alphabet=st.sampled_from(list("ab. ?!\"“”'\n1A")), max_size=200))
def test_spans_are_ordered_non_overlapping_and_lose_no_word(text):
    spans = split_sentences(text)
    position = 0
    for start, end in spans:
        assert position <= start < end <= len(text)
        assert text[start:end] == text[start:end].strip()
        position = end
    assert "".join(text[s:e] for s, e in spans).replace(" ", "").replace("\n", "") == "".join(text.split())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It was adopted on the basis of Art. 65(1)(a) GDPR after the DPA acted. Next one.",
            ["It was adopted on the basis of Art. 65(1)(a) GDPR after the DPA acted.", "Next one."],
        ),
        ("See Sec. 301 of the act. Then more.", ["See Sec. 301 of the act.", "Then more."]),
        ("I love modern art. The museum opened.", ["I love modern art.", "The museum opened."]),
    ],
)
def test_a_legal_texts_art_or_sec_before_a_number_ends_no_sentence(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Economist E.J. Antoni from the Heritage Foundation explains it.", 1),
        ("She works at the Harvard T.H. Chan School of Public Health. Next.", 2),
    ],
)
def test_initials_with_their_dots_end_no_sentence(text, expected):
    assert len(split_sentences(text)) == expected
