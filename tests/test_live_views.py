"""Views that redraw when a learner changes a control: what they show follows the control.

They draw into an HTML widget, not an ``Output`` widget (see ``newslit.views.looks.text_widget``):
these tests change the control the way a click or a keystroke does and read what the page shows.
"""

from __future__ import annotations

from newslit.views.figures import search_box
from newslit.views.framing import cue_finder
from newslit.views.provenance import reader


def test_the_search_box_shows_the_sentences_with_the_new_word(seed_case):
    panel = search_box(seed_case, "490,000")
    box, shown = panel.children
    assert "490,000" in shown.value
    box.value = "Maltego"
    assert "Maltego" in shown.value and "490,000" not in shown.value


def test_the_reader_shows_the_outlet_chosen(seed_case):
    from newslit.analysis.provenance import provenance_records

    panel = reader(seed_case, provenance_records(seed_case))
    _legend, chooser, shown = panel.children
    first, last = seed_case.derivatives[0], seed_case.derivatives[-1]
    assert first.outlet.split(" (")[0] in shown.value
    chooser.value = last.id
    assert last.outlet in shown.value and first.outlet.split(" (")[0] not in shown.value


def test_the_cue_finder_shows_the_cues_of_the_pasted_text_after_the_click():
    panel = cue_finder("The report claims the figures are fine.")
    box, button, shown = panel.children
    assert "claims" in shown.value
    box.value = "Officials slammed the so-called plan."
    assert "slammed" not in shown.value  # nothing changes before the click
    button.click()
    assert "slammed" in shown.value
