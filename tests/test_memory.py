"""The engines pause Python's cycle collector while they build records (newslit.analysis.memory)."""

import gc

from newslit.analysis.memory import paused_gc


def test_the_collector_is_back_on_and_the_records_are_not_rescanned():
    gc.collect()
    with paused_gc():
        assert not gc.isenabled()
        records = [{"sentence": [n]} for n in range(20_000)]
    assert gc.isenabled()
    # kept in the oldest generation: not rescanned by the young collections that follow
    oldest = {id(o) for o in gc.get_objects(generation=2)}
    assert id(records[0]) in oldest and id(records[-1]) in oldest


def test_objects_someone_else_froze_stay_frozen():
    gc.collect()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with paused_gc():
            [{"n": n} for n in range(1_000)]
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_a_paused_collector_stays_paused():
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
