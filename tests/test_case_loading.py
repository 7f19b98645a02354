"""Loading the seeds: sentences keep exact offsets, cleaning keeps page furniture out."""

from __future__ import annotations

import pytest

from newslit.case.cleaning import apply_edits
from newslit.case.model import count_words


def test_every_sentence_is_the_file_sliced_at_its_offsets_after_the_reported_cleaning(seed_case):
    for article in seed_case.articles:
        for sentence in article.sentences:
            text, _ = apply_edits(article.raw, sentence.start, sentence.end, article.cleaned.edits)
            assert text.strip() == sentence.text, (article.id, sentence.index)


def test_the_wsj_sentence_split_by_a_page_break_comes_out_whole(seed_case):
    texts = [s.text for s in seed_case.primary.sentences]
    joined = [t for t in texts if t.startswith("Such accounts often claim to be run by")]
    assert len(joined) == 1
    assert "run by the children themselves and use overtly sexual handles" in joined[0]
    assert any('shares its initials with "child pornography,”' in t for t in texts)


def test_no_caption_or_credit_is_part_of_any_sentence(seed_case):
    wsj = seed_case.primary
    furniture = [r for r in wsj.removed if r.kind in ("caption", "credit")]
    assert len([r for r in furniture if r.kind == "caption"]) == 5
    assert len([r for r in furniture if r.kind == "credit"]) == 6
    for sentence in wsj.sentences:
        for removed in furniture:
            assert removed.text not in sentence.text


def test_link_markup_is_removed_but_its_words_are_kept(seed_case):
    first = seed_case.primary.body[0].text
    assert "owned by Meta Platforms" in first
    assert "](#)" not in " ".join(s.text for s in seed_case.primary.sentences)


@pytest.mark.parametrize(
    "article_id, kind, fragment",
    [
        ("wsj", "masthead", "THE WALL STREET JOURNAL."),
        ("wsj", "dateline", "June 7, 2023 7:05 am ET"),
        ("wsj", "boilerplate", "Write to Jeff Horwitz"),
        ("blog-nl", "comments", "Leave a Reply"),
        ("afp", "tags", "• Paedocriminality"),
        ("dcnf", "byline", "By Nick Pope"),
        ("dcnf", "boilerplate", "This story originally was published"),
    ],
)
def test_page_furniture_is_kept_out_with_its_reason(seed_case, article_id, kind, fragment):
    removed = seed_case.article(article_id).removed
    assert any(r.kind == kind and fragment in r.text for r in removed)
    assert all(fragment not in s.text for s in seed_case.article(article_id).sentences)


def test_headlines_and_subheads_are_told_apart_from_body_text(seed_case):
    wsj = seed_case.primary
    assert wsj.sentences[0].role == "headline" and wsj.sentences[0].text == wsj.headline
    blog_subheads = [s.text for s in seed_case.article("blog-nl").sentences if s.role == "subhead"]
    assert blog_subheads == [
        "The research",
        "Malicious platform",
        "Special Working Group",
        "Center of Expertise Online Abuse",
    ]


def test_an_outlet_dateline_before_the_first_sentence_is_removed(seed_case):
    first = seed_case.article("lifesite").body[0]
    assert first.text.startswith("Instagram is facilitating")
    raw = seed_case.article("lifesite").raw
    assert raw[: first.start].endswith("\n(LifeSiteNews) — ")
    assert any(e.kind == "dateline" for e in seed_case.article("lifesite").cleaned.edits)


def test_quotes_of_two_sentences_stay_one_sentence(seed_case):
    texts = [s.text for s in seed_case.article("lifesite").body]
    assert any(t.endswith("Its algorithms promote them.”") and "found that “Instagram" in t for t in texts)


@pytest.mark.parametrize(
    "text, words",
    [("", 0), ("one", 1), ("child-sex content", 2), ("Meta’s spokesman said 490,000.", 4), ("  \n ", 0)],
)
def test_count_words(text, words):
    assert count_words(text) == words
