"""The bundled seed case: files byte for byte, metadata as documented."""

from __future__ import annotations

import hashlib
import tomllib

from conftest import REPO, SEEDS

SHARED_SEEDS = REPO.parent / "shared" / "seeds"


def test_every_seed_file_matches_the_checksum_kept_in_the_case():
    spec = tomllib.loads((SEEDS / "case.toml").read_text(encoding="utf-8"))
    for article in spec["article"]:
        data = (SEEDS / article["file"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == article["sha256"], article["file"]


def test_seed_files_are_the_shared_originals_when_those_are_present():
    originals = sorted(SHARED_SEEDS.glob("*.txt")) if SHARED_SEEDS.is_dir() else []
    for original in originals:
        assert (SEEDS / original.name).read_bytes() == original.read_bytes(), original.name


def test_the_seed_case_loads_with_five_articles_and_the_wsj_as_primary(seed_case):
    assert seed_case.primary.outlet == "The Wall Street Journal"
    assert {a.id for a in seed_case.derivatives} == {"blog-nl", "afp", "lifesite", "dcnf"}
    assert seed_case.article("afp").translated_from == "fr"
    assert seed_case.article("blog-nl").translated_from == "nl"


def test_unknown_dates_are_left_out_not_guessed(seed_case):
    assert seed_case.article("lifesite").published is None
    assert seed_case.article("afp").published is None
    assert str(seed_case.article("dcnf").published) == "2023-06-07"
