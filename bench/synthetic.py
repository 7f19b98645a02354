"""Synthetic cases for the benchmark: a primary and any number of retellings, with the truth.

:func:`write_case` writes a real case folder (``case.toml`` and one ``.txt`` file per
article) that :func:`newslit.load_case` reads like any teacher's case, and a
``truth.json`` beside it that newslit never reads: for every sentence of every
retelling, how the generator made it (``copied``, ``reworded`` or ``added``), from which
primary sentence, and for every figure in it whether the generator kept it (``match``),
rounded it (``rounded``), changed it (``changed``) or invented it (``not_in_primary``).

The story is invented and neutral (a city water utility); nothing in it comes from the
seed case. The primary has about 120 sentences, many with a figure. Each retelling has
about 40 sentences:

``copied``
    a primary sentence word for word, sometimes with a credit ("..., the Ledger reported");
``reworded``
    a primary sentence with most words that have a synonym swapped for it (from this
    module's own synonym table, not from newslit's) and its two clauses in the other
    order ("After X, Y." -> "Y after X.");
``added``
    a new sentence: mostly words the primary never uses, with some of the story's
    words, and a figure the primary does not have.

A retold sentence keeps its figure, or (sometimes) rounds it ("4,213" -> "about
4,200") or changes it ("4,213" -> "5,100"); a copy whose figure was rounded or changed is
labelled ``reworded`` in the truth, as the hand keys label such a sentence. Everything is drawn from ``random.Random(seed)``:
the same arguments give the same files.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

# ---- the story's words --------------------------------------------------------------------
# Every primary word that has a synonym here can be swapped when a sentence is reworded.
SYNONYMS = {
    "utility": ["provider", "supplier"],
    "council": ["assembly", "board"],
    "residents": ["householders", "locals"],
    "inspectors": ["examiners", "auditors"],
    "engineers": ["technicians", "specialists"],
    "pipes": ["mains", "conduits"],
    "leaks": ["ruptures", "breaches"],
    "complaints": ["grievances", "objections"],
    "customers": ["clients", "subscribers"],
    "homes": ["dwellings", "houses"],
    "samples": ["specimens", "tests"],
    "contracts": ["agreements", "deals"],
    "reservoirs": ["basins", "tanks"],
    "workers": ["staff", "employees"],
    "meters": ["gauges", "counters"],
    "repairs": ["fixes", "mending"],
    "bills": ["invoices", "charges"],
    "officials": ["administrators", "managers"],
    "records": ["files", "logs"],
    "warnings": ["alerts", "notices"],
    "recorded": ["logged", "registered"],
    "reported": ["disclosed", "announced"],
    "found": ["discovered", "detected"],
    "replaced": ["renewed", "swapped"],
    "inspected": ["examined", "checked"],
    "approved": ["endorsed", "authorised"],
    "reviewed": ["assessed", "studied"],
    "closed": ["shut", "sealed"],
    "received": ["got", "obtained"],
    "counted": ["tallied", "totalled"],
    "flagged": ["marked", "highlighted"],
    "ordered": ["demanded", "required"],
    "delayed": ["postponed", "deferred"],
    "tested": ["analysed", "screened"],
    "old": ["ageing", "aged"],
    "annual": ["yearly", "twelve-month"],
    "regional": ["district", "area"],
    "public": ["municipal", "civic"],
    "independent": ["outside", "external"],
    "urgent": ["pressing", "critical"],
    "new": ["fresh", "recent"],
    "large": ["big", "sizeable"],
    "internal": ["in-house", "private"],
    "major": ["significant", "serious"],
}
NOUNS = [w for w in SYNONYMS if w.endswith("s") and not w.endswith("ed")] + [
    "budget", "network", "plant", "report", "audit", "survey", "district", "station", "schedule", "programme",
]  # fmt: skip
VERBS = [w for w in SYNONYMS if w.endswith("ed")] + ["cited", "listed", "estimated", "tracked"]
ADJECTIVES = ["old", "annual", "regional", "public", "independent", "urgent", "new", "large", "internal", "major",
              "northern", "eastern", "second", "quarterly", "downtown"]  # fmt: skip
PLACES = ["Northfield", "Eastbrook", "Millbank", "Ashford", "Riverton", "Kingsley", "Harwood", "Lakeside",
          "Stonebridge", "Westmoor", "Fairhaven", "Oakridge", "Brampton", "Elmstead", "Greyford", "Highcliff"]  # fmt: skip
CONNECTORS = ["after", "while", "because", "although", "before", "when", "as", "once"]
# Words the primary never uses: what a retelling brings in when it adds a sentence.
ADDED_NOUNS = ["critics", "campaigners", "taxpayers", "families", "lawmakers", "voters", "experts", "neighbours",
               "parents", "columnists", "economists", "landlords", "tenants", "farmers", "shopkeepers", "activists"]  # fmt: skip
ADDED_VERBS = ["argued", "predicted", "feared", "questioned", "demanded", "welcomed", "doubted", "urged", "blamed",
               "praised", "warned", "insisted"]  # fmt: skip
ADDED_THINGS = ["scandal", "crisis", "failure", "cover-up", "mismanagement", "negligence", "overhaul", "reform",
                "shortfall", "controversy", "backlog", "dispute"]  # fmt: skip
ADDED_ADJ = ["shocking", "costly", "troubling", "long-overdue", "reckless", "avoidable", "modest", "sweeping"]
PRIMARY_OUTLET = "The Metro Ledger"
CREDITS = [", the Metro Ledger reported", ", according to the Ledger", ", the newspaper found"]


def _fmt(value: int) -> str:
    return f"{value:,}"


class _Numbers:
    """Distinct numbers: no two figures of the primary, or of an added sentence, are the same value."""

    def __init__(self, rng: random.Random):
        self.rng, self.used = rng, set()

    def take(self, low: int, high: int, *, keep: bool = True) -> int:
        """A value clear of every kept value and of its round neighbour; ``keep`` reserves it."""
        while True:
            value = self.rng.randint(low, high)
            if value not in self.used and round(value, -2) not in self.used and value % 100:
                if keep:
                    self.used.update({value, round(value, -2)})
                return value


def _primary_sentence(rng: random.Random, numbers: _Numbers) -> dict:
    """Two clauses and a figure (most of the time); the generator keeps the parts to reword them."""
    has_figure = rng.random() < 0.7
    figure = _fmt(numbers.take(1_100, 98_000)) if has_figure else None
    subject = f"the {rng.choice(ADJECTIVES)} {rng.choice(NOUNS)}"
    obj = rng.choice([n for n in NOUNS if n.endswith("s")])
    main = [*subject.split(), rng.choice(VERBS), *([figure] if figure else ["the"]), obj, "in", rng.choice(PLACES)]
    sub = ["the", rng.choice(NOUNS), rng.choice(VERBS), "the", rng.choice(ADJECTIVES), rng.choice(NOUNS)]
    return {"main": main, "sub": sub, "connector": rng.choice(CONNECTORS), "figure": figure}


def _join(words: list[str]) -> str:
    text = " ".join(words)
    return text[0].upper() + text[1:]


def _sentence(parts: dict, order: str) -> str:
    """``sub-first``: "After the board ..., the utility ...". ``main-first``: "The utility ... after the board ..."."""
    if order == "sub-first":
        return _join([parts["connector"], *parts["sub"][:-1], parts["sub"][-1] + ",", *parts["main"]]) + "."
    return _join([*parts["main"], parts["connector"], *parts["sub"]]) + "."


def _swap_figure(parts: dict, how: str, rng: random.Random) -> tuple[dict, str | None]:
    """The figure kept, rounded or changed: (new parts, the figure as the retelling writes it)."""
    figure = parts["figure"]
    if figure is None or how == "match":
        return parts, figure
    value = int(figure.replace(",", ""))
    if how == "rounded":
        written = ["about", _fmt(round(value, -2))]
    else:  # changed: clearly another number, not a rounding of it
        written = [_fmt(int(round(value * rng.choice([1.3, 1.5, 1.8, 2.0, 0.6]), -2)) + rng.choice([0, 100]))]
    main = list(parts["main"])
    at = main.index(figure)
    main[at : at + 1] = written
    return {**parts, "main": main}, " ".join(written)


def _reword(parts: dict, rng: random.Random, share: float = 0.6) -> dict:
    def swap(words):
        return [rng.choice(SYNONYMS[w]) if w in SYNONYMS and rng.random() < share else w for w in words]

    connector = rng.choice([c for c in CONNECTORS if c != parts["connector"]]) if rng.random() < 0.3 else None
    return {
        **parts,
        "main": swap(parts["main"]),
        "sub": swap(parts["sub"]),
        "connector": connector or parts["connector"],
    }


def _added_sentence(rng: random.Random, numbers: _Numbers) -> tuple[str, str | None]:
    figure = (
        _fmt(numbers.take(100_000, 990_000, keep=False)) if rng.random() < 0.5 else None
    )  # not reserved: a case of any size
    story = rng.choice(NOUNS + PLACES)  # an added sentence still speaks of the story
    words = ["the", rng.choice(ADDED_ADJ), rng.choice(ADDED_THINGS), "could", "cost"]
    words += [figure, rng.choice(ADDED_NOUNS)] if figure else ["local", rng.choice(ADDED_NOUNS)]
    words += ["in", story, "by", str(rng.randint(2026, 2040))]
    opening = rng.choice(ADDED_NOUNS)
    return _join([opening, rng.choice(ADDED_VERBS), "that", *words]) + ".", figure


def _paragraphs(sentences: list[str], rng: random.Random) -> str:
    out, at = [], 0
    while at < len(sentences):
        size = rng.randint(1, 3)
        out.append(" ".join(sentences[at : at + size]))
        at += size
    return "\n\n".join(out) + "\n"


def make_primary(rng: random.Random, size: int = 120) -> tuple[list[dict], list[str], _Numbers]:
    numbers = _Numbers(rng)
    parts = [_primary_sentence(rng, numbers) for _ in range(size)]
    orders = [rng.choice(["sub-first", "main-first"]) for _ in range(size)]
    for p, order in zip(parts, orders):
        p["order"] = order
    texts = [_sentence(p, p["order"]) for p in parts]
    return parts, texts, numbers


def make_retelling(
    rng: random.Random, primary: list[dict], numbers: _Numbers, size: int = 40
) -> tuple[list[str], list[dict]]:
    """One retelling: its sentences and, for each, the truth."""
    n_added = rng.randint(size // 5, size // 3)
    n_reworded = rng.randint(size // 4, size // 2 - 2)
    n_copied = size - n_added - n_reworded
    sources = sorted(rng.sample(range(len(primary)), n_copied + n_reworded))
    kinds = ["copied"] * n_copied + ["reworded"] * n_reworded
    rng.shuffle(kinds)
    plan = [(k, s) for k, s in zip(kinds, sources)] + [("added", None)] * n_added
    rng.shuffle(plan)
    texts, truth, seen = [], [], set()
    for kind, source in plan:
        if kind == "added":
            text, figure = _added_sentence(rng, numbers)
            figures = [{"text": figure, "verdict": "not_in_primary"}] if figure else []
        else:
            parts = primary[source]
            how = rng.choices(["match", "rounded", "changed"], weights=[75, 10, 15])[0]
            parts, written = _swap_figure(parts, how, rng)
            if kind == "copied":
                text = _sentence(parts, parts["order"])
                if rng.random() < 0.25:
                    text = text[:-1] + rng.choice(CREDITS) + "."
            else:
                other = "main-first" if parts["order"] == "sub-first" else "sub-first"
                text = _sentence(_reword(parts, rng), other)
            figures = [{"text": written, "verdict": how}] if written else []
        if text in seen:  # one sentence once per article, so truth can be looked up by text
            continue
        seen.add(text)
        texts.append(text)
        # A copy whose figure was rounded or changed is no longer the primary's words as written: the
        # hand keys call such a sentence reworded ("about 1.5 degrees" for "1.48°C"), and so does the truth.
        label = "reworded" if kind == "copied" and figures and figures[0]["verdict"] != "match" else kind
        truth.append({"sentence": text, "label": label, "primary": source, "figures": figures})
    return texts, truth


def write_case(folder: str | Path, derivatives: int, *, seed: int = 1, primary_size: int = 120, size: int = 40) -> Path:
    """Write a synthetic case with ``derivatives`` retellings into ``folder`` (created).

    Parameters
    ----------
    folder : str or Path
        Where to write; files already there are overwritten.
    derivatives : int
        Number of retellings (0 gives a case with only a primary).
    seed : int
        The same seed gives the same case.
    primary_size, size : int
        Sentences in the primary; sentences in each retelling (about: a duplicate drawn
        twice is dropped).

    Returns
    -------
    Path
        The folder. ``truth.json`` in it maps each retelling id to its sentences' truth:
        ``[{sentence, label, primary (index of the primary sentence or null), figures:
        [{text, verdict}]}]``, and ``"primary"`` to the primary's sentences.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    primary, primary_texts, numbers = make_primary(rng, primary_size)
    (folder / "primary.txt").write_text(_paragraphs(primary_texts, rng), encoding="utf-8")
    toml = [
        "[case]",
        f'title = "Synthetic case, {derivatives} retellings (seed {seed})"',
        'question = "Which sentences did each retelling copy, reword or add?"',
        'primary = "primary"',
        "",
        "[[article]]",
        'id = "primary"',
        'file = "primary.txt"',
        f'outlet = "{PRIMARY_OUTLET}"',
        'kind = "investigation"',
    ]
    truth: dict[str, list] = {"primary": primary_texts}
    width = max(5, len(str(derivatives)))
    for number in range(1, derivatives + 1):
        article_id = f"d{number:0{width}d}"
        texts, labels = make_retelling(rng, primary, numbers, size)
        (folder / f"{article_id}.txt").write_text(_paragraphs(texts, rng), encoding="utf-8")
        truth[article_id] = labels
        toml += ["", "[[article]]", f'id = "{article_id}"', f'file = "{article_id}.txt"', f'outlet = "Outlet {number}"']
    (folder / "case.toml").write_text("\n".join(toml) + "\n", encoding="utf-8")
    (folder / "truth.json").write_text(json.dumps(truth), encoding="utf-8")
    return folder


def read_truth(folder: str | Path) -> dict:
    """The ``truth.json`` that :func:`write_case` wrote."""
    return json.loads((Path(folder) / "truth.json").read_text(encoding="utf-8"))


if __name__ == "__main__":
    import sys

    print(write_case(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 10))
