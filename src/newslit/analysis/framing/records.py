"""Framing, sentence by sentence: the cues in every sentence, and what each added sentence does.

:func:`framing_records` is the engine behind lesson 02 and ``newslit framing``: one record
per sentence of every article (the primary included, headlines included). The cues come
from :mod:`newslit.analysis.framing.cues`, the asides from :mod:`newslit.analysis.framing.asides`; which sentences an outlet
added comes from the provenance engine (:mod:`newslit.analysis.provenance`).

Everything here works on any case folder and needs no answer key; the key is only read
by :func:`key_asides` and :func:`key_cues` to compare with.
"""

from __future__ import annotations

import re
from collections import Counter

from newslit.analysis.framing.asides import (
    ASIDES,
    classify_aside,
    classify_insertion,
    institution_titles,
    load_topics,
    names_a_parliament,
    primary_politicians,
    primary_topics,
    quotation_runs,
)
from newslit.analysis.framing.cues import (
    CUE_KINDS,
    Change,
    attribution_counts,
    load_terms,
    primary_context,
    quote_spans,
    sentence_cues,
)
from newslit.analysis.framing.names import Politician, names_again, namesakes, politicians_named
from newslit.analysis.memory import paused_gc
from newslit.analysis.parallel import map_in_order
from newslit.analysis.provenance import by_sentence
from newslit.case.key import find_record
from newslit.case.model import Article, Case, count_words
from newslit.text.compiled import regex
from newslit.text.lexicon import normalise
from newslit.text.wordchanges import word_changes

RETOLD = ("copied", "reworded")


def _changes(record: dict | None, primary_text: str | None, text: str):
    """The word-level changes of a reworded sentence, as :class:`newslit.analysis.framing.cues.Change`, or None."""
    if not record or not primary_text or record.get("label") != "reworded":
        return None
    return [Change(c["old"], c["new"], c["new_start"], c["new_end"]) for c in word_changes(primary_text, text)]


def framing_records(case: Case, *, terms=None, topics=None, provenance=None) -> list[dict]:
    """One record per sentence of every article: its framing cues and, if added, its aside.

    Parameters
    ----------
    case : Case
    terms : Lexicon, optional
        The framing word list (:func:`newslit.analysis.framing.cues.load_terms`, possibly extended).
    topics : Lexicon, optional
        The aside topic list (:func:`newslit.analysis.framing.asides.load_topics`, possibly extended).
    provenance : list of dict, optional
        Records of :func:`newslit.analysis.provenance.provenance_records`, if already computed.

    Returns
    -------
    list of dict
        Fields: ``article``, ``outlet``, ``index``, ``role`` (headline | dek | subhead |
        body), ``sentence``, ``start``, ``end`` (offsets in the article's file), ``label``
        (``primary`` for the primary's sentences, else the provenance label ``copied`` |
        ``reworded`` | ``added``),
        ``primary_sentence``, ``cues`` (see :mod:`newslit.analysis.framing.cues`), ``aside`` (null or
        ``politicised`` | ``advocacy`` | ``editorial`` | ``context``), ``aside_reason``,
        ``aside_signals``, ``aside_guess``.

    Notes
    -----
    Only body sentences get an aside: an added sentence gets one of the four; a retold
    sentence gets ``politicised`` only when the words it adds to its primary sentence
    bring in politics (see :func:`newslit.analysis.framing.asides.classify_insertion`). Headings get cues
    but no aside. Runs in time linear in the number of sentences: the word lists are
    compiled once, the primary is read once, a sentence repeated word for word (syndicated
    copies) is analysed once, and Python's cycle collector is paused while the records
    (plain dicts, no cycles) are built and grouped, so it does not rescan an ever-growing list.
    """
    terms = terms or load_terms()
    topics = topics or load_topics()
    primary = case.primary
    primary_texts = [s.text for s in primary.sentences]
    quoted, words = primary_context(primary_texts)
    topic_terms = primary_topics(primary_texts, topics)
    titles = institution_titles([primary.outlet or "", *primary_texts])
    politicians = primary_politicians(primary_texts, topics)
    parliament = names_a_parliament(primary_texts, topics)
    no_aside = {"aside": None, "aside_reason": None, "aside_signals": {}, "aside_guess": False}
    seen: dict[tuple, tuple[list[dict], dict]] = {}  # the same sentence in syndicated copies is analysed once

    def analyse(text: str, role: str, is_primary: bool, label, record, source) -> tuple[list[dict], dict]:
        quotes, matches = quote_spans(text), terms.find(text)
        if is_primary:
            return sentence_cues(text, terms, quotes=quotes, matches=matches), no_aside
        cues = sentence_cues(
            text,
            terms,
            primary_text=source,
            changes=_changes(record, source, text),
            primary_quoted=quoted,
            primary_words=words,
            quotes=quotes,
            matches=matches,
        )
        aside = None
        if role in ("body", "headline") and label == "added":
            aside = classify_aside(
                text,
                topics=topics,
                terms=terms,
                primary_topic_terms=topic_terms,
                quotes=quotes,
                term_matches=matches,
                titles=titles,
                politicians=politicians,
                parliament=parliament,
            )
            if role == "headline" and aside.label != "politicised":
                aside = None  # a headline is labelled only when it brings in politics
        elif role in ("body", "headline") and label in RETOLD and source:
            aside = classify_insertion(
                text,
                source,
                topics=topics,
                primary_topic_terms=topic_terms,
                titles=titles,
                politicians=politicians,
                parliament=parliament,
            )
        return cues, (aside.as_record() if aside else no_aside)

    records = []
    with paused_gc():
        _fill(records, case, by_sentence(case, provenance), seen, analyse, terms)
    return records


# A sentence about the person the sentence before names, by a pronoun or a title: "He's long criticized
# Europe …", "His administration has threatened new tariffs", "The president made his warning …".
_REFERS_BACK = regex(
    r"^\s*(?:(?:He|She)(?:['’]s)?\s|(?:His|Her)\s+(?:administration|government|party|campaign|allies|team)\b"
    r"|(?:That|This|It)\s+(?:came|comes|follows|followed)\s+(?:after|as|weeks\s+after|days\s+after)\s+(?:he|she)\s"
    r"|The\s+(?:president|prime\s+minister|chancellor|minister|senator|governor|mayor|congressman|congresswoman)\b"
    r"(?!\s+of\b))"  # "The president of the club" is someone else
)
# Someone who is no politician named beside one ("Senator Ann Roe cut the ribbon alongside head coach Tom Fell"):
# "He" after it may be either, so it is not read as the politician.
_OTHER_PERSON = regex(
    r"\b(?:coach|manager|captain|chief executive|executive|director|chair(?:man|woman)?|spokes(?:man|woman|person)"
    r"|teacher|doctor|professor|founder|owner|pastor|vicar|priest|officer|player|student|resident|worker|nurse"
    r"|scientist|researcher|economist|lawyer|judge|author|chef|farmer|driver|pupil|boss)s?,?\s+[A-Z][a-z]+",
    re.IGNORECASE,
)


def _named_again(article: Article, by_index: dict[int, dict]) -> None:
    """An added sentence naming again a politician a politicised sentence before named in full is ``politicised`` too:
    "Vice President Kamala Harris …", then "“…,” Ms. Harris said"; "Secretary of State Marco Rubio announced …",
    then "Rubio claimed …" (what counts as naming again: :mod:`newslit.analysis.framing.names`).

    ``by_index`` holds the article's records by sentence number; they are changed in place.
    """
    body = list(article.body)
    named: list[tuple[Politician, str]] = []  # each politician, and the sentence that named them in full
    for s in body:
        record = by_index[s.index]
        # someone else with a politician's surname ("passenger Sarah Johnson"): from here on, it names no one for sure
        named = [(p, first) for p, first in named if not namesakes(s.text, p)] if named else named
        # no politician named in full yet: no surname can name one (most articles), so no scan
        again = next((p for p in named if names_again(s.text, p[0])), None) if named else None
        if again and record["label"] == "added" and record["aside"] not in (None, "politicised"):
            politician, first = again
            record.update(
                aside="politicised",
                aside_reason=(
                    f"It names {politician.surname} again, the politician an earlier sentence names (“{_clip(first)}”)."
                ),
                aside_signals={"politicised": [politician.surname]},
                aside_guess=False,
            )
        if record["aside"] == "politicised" and _names_politician(record):
            known = {p.surname for p, _ in named}
            for politician in politicians_named(s.text, record["aside_signals"].get("politicised", [])):
                if politician.surname not in known:
                    named.append((politician, s.text))


def _one_politician_one_class(article: Article, by_index: dict[int, dict]) -> None:
    """An added sentence that goes on about the politician the sentence before names is ``politicised`` too.

    Only a sentence that refers back by a pronoun or a title (:data:`_REFERS_BACK`), in the
    same or the next paragraph, to a sentence flagged ``politicised`` that names a
    politician; it runs on ("He even threatened a trade investigation" after "President
    Donald Trump criticized the ruling"). A sentence about anyone else keeps its class.
    ``by_index`` holds the article's records by sentence number; they are changed in place.
    """
    body = list(article.body)
    for k in range(1, len(body)):
        s, before = body[k], body[k - 1]
        record, head = by_index[s.index], by_index[before.index]
        if record["label"] != "added" or record["aside"] in (None, "politicised") or head["aside"] != "politicised":
            continue
        if s.paragraph - before.paragraph > 1 or not _REFERS_BACK.match(s.text) or not _names_politician(head):
            continue
        other = _OTHER_PERSON.search(before.text)
        if other and not _is_the_politician(other, head):
            continue  # someone else named before ("head coach Tom Fell"): the pronoun may be them
        record.update(
            aside="politicised",
            aside_reason=(
                f"It goes on about the politician the sentence before names (“{_clip(head['sentence'])}”), "
                "so it brings in the same politics."
            ),
            aside_signals=dict(head["aside_signals"]),
            aside_guess=head["aside_guess"],
        )


def _is_the_politician(other: re.Match, head: dict) -> bool:
    """Is the person ``_OTHER_PERSON`` found the politician the sentence is flagged for ("The Tories' health
    spokesman, Edward Pryce": a party's spokesman, whose role word is in the politics evidence)?"""
    role = other.group(0).split(",")[0].split()[0].lower()
    return any(role in signal.lower().split() for signal in head["aside_signals"].get("politicised", []))


def _clip(text: str, size: int = 80) -> str:
    """``text`` cut at a word before ``size`` characters, with "…" when cut."""
    if len(text) <= size:
        return text
    return text[:size].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def _names_politician(record: dict) -> bool:
    """Does a politicised record's evidence name a person (a capitalised name or a title), not only a topic?"""
    return any(word[:1].isupper() or word.lower() in _TITLES for word in record["aside_signals"].get("politicised", []))


_QUOTE_ENDS = "“”\"‘’' "
_TITLES = frozenset("president prime minister chancellor minister senator governor mayor congressman".split())


def _one_speaker_one_class(article: Article, by_index: dict[int, dict], terms) -> None:
    """Every added sentence of one speaker's quotation takes the class of the sentence that names the speaker.

    Except a sentence whose own words surely bring in politics (a party named and blamed,
    "the Conservatives' economic failures"): it stays ``politicised`` whoever says it. The
    rule is for a politician's later sentences, which name no one. ``by_index`` holds the
    article's records by sentence number; they are changed in place.
    """
    body = list(article.body)
    for k, head in quotation_runs(body, terms).items():
        record, speaker = by_index[body[k].index], by_index[body[head].index]
        if record["label"] != "added" or not speaker["aside"] or record["aside"] == speaker["aside"]:
            continue
        if record["aside"] == "politicised" and not record["aside_guess"]:
            continue
        record.update(
            aside=speaker["aside"],
            aside_reason=(
                "The same person is still speaking (quoted, or their words retold), so this sentence gets the "
                f"label of the sentence that names them (“{_clip(speaker['sentence'].strip(_QUOTE_ENDS), 80)}”). "
                f"{_of_that_sentence(speaker['aside_reason'])}"
            ),
            aside_signals=dict(speaker["aside_signals"]),
            aside_guess=speaker["aside_guess"],
        )


def _of_that_sentence(reason: str) -> str:
    """The speaker's sentence's reason, said of that sentence: "That sentence names Laurin again", not "It names …"
    (said after the sentence it is about, "It" would read as the sentence shown, which may name no one)."""
    for opening in ("It ", "This sentence "):
        if reason.startswith(opening):
            return "That sentence " + reason[len(opening) :]
    return reason


def _fill(records, case, aligned, seen, analyse, terms):
    primary_id = case.primary.id
    for article_records in map_in_order(
        lambda article: _article_records(article, article.id == primary_id, aligned, seen, analyse, terms),
        case.articles,
    ):
        records.extend(article_records)


def _article_records(article, is_primary, aligned, seen, analyse, terms) -> list[dict]:
    records = []
    outlet = article.outlet
    for sentence in article.sentences:
        record = None if is_primary else aligned.get((article.id, sentence.start, sentence.end))
        label = "primary" if is_primary else (record or {}).get("label")
        source = record["primary_sentence"] if label in RETOLD else None
        key = (sentence.text, sentence.role, is_primary, label, source)
        if key not in seen:
            seen[key] = analyse(sentence.text, sentence.role, is_primary, label, record, source)
        cues, aside = seen[key]
        records.append(
            {
                "article": article.id,
                "outlet": outlet,
                "index": sentence.index,
                "role": sentence.role,
                "sentence": sentence.text,
                "start": sentence.start,
                "end": sentence.end,
                "label": label,
                "primary_sentence": source,
                "cues": [dict(cue) for cue in cues],
                **aside,
                "aside_signals": dict(aside["aside_signals"]),
            }
        )
    if not is_primary:
        # The rules that read a sentence's neighbours, in this order. Each reads and changes only
        # its own article's records, so they run here, beside the rest of the article's work.
        by_index = {r["index"]: r for r in records}
        _named_again(article, by_index)
        _one_speaker_one_class(article, by_index, terms)
        _one_politician_one_class(article, by_index)
    return records


# ---- summaries the lesson shows ---------------------------------------------------------


def attribution_rates(case: Case, terms=None) -> list[dict]:
    """Per article: doubt verbs and neutral attribution verbs in the outlet's own voice, per 1,000 words.

    Words inside quotation marks are the speaker's and are not counted. An article with no
    words gets rates of 0.

    Returns
    -------
    list of dict
        ``article``, ``outlet``, ``words``, ``doubt_verbs``, ``neutral_verbs``,
        ``doubt_per_1000``, ``neutral_per_1000``, ``doubt_words`` (the words, in order).
    """
    terms = terms or load_terms()
    rows = []
    for article in case.articles:
        doubt = neutral = 0
        doubt_words: list[str] = []
        for sentence in article.sentences:
            counts = attribution_counts(sentence.text, terms)
            doubt += counts["doubt_verb"]
            neutral += counts["neutral_verb"]
            if counts["doubt_verb"]:
                doubt_words += [
                    c["text"]
                    for c in sentence_cues(sentence.text, terms)
                    if c["kind"] == "doubt_verb" and not c["quoted"]
                ]
        words = article.words
        per = 1000 / words if words else 0.0
        rows.append(
            {
                "article": article.id,
                "outlet": article.outlet,
                "words": words,
                "doubt_verbs": doubt,
                "neutral_verbs": neutral,
                "doubt_per_1000": round(doubt * per, 2),
                "neutral_per_1000": round(neutral * per, 2),
                "doubt_words": doubt_words,
            }
        )
    return rows


def cue_counts(records: list[dict]) -> list[dict]:
    """Per article: how many cues of each kind (and asides of each label) the engine found."""
    order: list[str] = []
    counts: dict[str, Counter] = {}
    for record in records:
        article = record["article"]
        if article not in counts:
            order.append(article)
            counts[article] = Counter()
        for cue in record["cues"]:
            counts[article][cue["kind"]] += 1
        if record["aside"]:
            counts[article][record["aside"]] += 1
    return [{"article": a, **{k: counts[a][k] for k in (*CUE_KINDS, *ASIDES)}} for a in order]


def headlines(case: Case, records: list[dict]) -> list[dict]:
    """Each article's headline with its cues; ``sentence`` is None when the file has none.

    The headline is the article's first ``headline`` sentence in the text, else the
    headline given in ``case.toml``, else nothing.
    """
    by_article: dict[str, dict] = {}
    for record in records:
        if record["role"] == "headline" and record["article"] not in by_article:
            by_article[record["article"]] = record
    rows = []
    terms = load_terms()
    for article in case.articles:
        record = by_article.get(article.id)
        if record:
            rows.append(
                {
                    "article": article.id,
                    "outlet": article.outlet,
                    "sentence": record["sentence"],
                    "cues": record["cues"],
                }
            )
        elif article.headline:
            rows.append(
                {
                    "article": article.id,
                    "outlet": article.outlet,
                    "sentence": article.headline,
                    "cues": sentence_cues(article.headline, terms),
                }
            )
        else:
            rows.append({"article": article.id, "outlet": article.outlet, "sentence": None, "cues": []})
    return rows


def aside_records(records: list[dict]) -> list[dict]:
    """Only the sentences with an aside, in article order."""
    return [r for r in records if r["aside"]]


# ---- the answer key ---------------------------------------------------------------------

KEY_FILE = "framing.csv"
KEY_KINDS = (*CUE_KINDS, *ASIDES)


def key_asides(records: list[dict], key: list[dict]) -> list[dict]:
    """The key's aside rows joined to the engine's records: what the key says and what the engine says.

    Returns
    -------
    list of dict
        ``article``, ``sentence`` (the full sentence, or the key's opening words when it
        cannot be found), ``key``, ``engine`` (the engine's aside, or None), ``label``
        (provenance label), ``explanation`` (the key's), ``engine_reason``, ``agree``.
    """
    rows = []
    for row in key:
        if row.get("kind") not in ASIDES:
            continue
        record = find_record(records, row["article"], row["sentence"])
        engine = record["aside"] if record else None
        rows.append(
            {
                "article": row["article"],
                "sentence": record["sentence"] if record else row["sentence"],
                "key": row["kind"],
                "engine": engine,
                "label": record["label"] if record else None,
                "explanation": row.get("explanation", ""),
                "engine_reason": record["aside_reason"] if record else None,
                "agree": engine == row["kind"],
            }
        )
    return rows


def key_cues(records: list[dict], key: list[dict]) -> list[dict]:
    """The key's cue rows, each marked ``found`` when the engine has a cue of that kind on those words."""
    rows = []
    for row in key:
        if row.get("kind") not in CUE_KINDS:
            continue
        record = find_record(records, row["article"], row["sentence"])
        phrase = normalise(row.get("phrase", ""))
        found = bool(record) and any(
            c["kind"] == row["kind"]
            and (not phrase or phrase in normalise(c["text"]) or normalise(c["text"]) in phrase)
            for c in record["cues"]
        )
        rows.append({**row, "found": found, "sentence_found": record is not None})
    return rows


def words_in(records: list[dict], article: str) -> int:
    """Words in one article's sentences (records of :func:`framing_records`)."""
    return sum(count_words(r["sentence"]) for r in records if r["article"] == article)


def retellings(records: list[dict]) -> list[dict]:
    """Only the retellings' records (every article but the primary)."""
    return [r for r in records if r["label"] != "primary"]


def of_article(records: list[dict], article: str) -> list[dict]:
    """Only one article's records."""
    return [r for r in records if r["article"] == article]
