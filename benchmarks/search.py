"""Per-keystroke learner search over 100,000 learners.

    python -m benchmarks.search [--learners N] [--seed S]

Generates N learners (with enrolments) into a new migrated database, loads the list with
:func:`load_learner_list` (one query), builds :class:`LearnerSearch` and types realistic
queries one character at a time, timing each keystroke's search. The baseline, measured in
the same run, is the floor of any search: one plain ``in`` test per learner on text that
is already folded (what a keystroke costs when nothing can be narrowed).

For the main table: :func:`measure_search` returns the samples (seconds per keystroke)
and the baseline samples, ready for ``benchmarks.__main__.Result``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

#: What centre staff type: names (with and without accents, in capitals), a phone
#: number, a village, a family name alone.
QUERIES: tuple[str, ...] = (
    "nguyen van duc",
    "Nguyễn Thị Hương",
    "dang thi",
    "TRAN MINH",
    "huong",
    "0912",
    "thon dong",
    "le thi hoa",
    "pham",
    "hoang van nam",
)


@dataclass(frozen=True, slots=True)
class SearchTimings:
    learners: int
    load_seconds: float  # load_learner_list (one query) + building the search index
    samples: list[float]  # seconds per keystroke (search + the list's default filter)
    search_only: list[float]  # the search alone, same keystrokes
    baseline: list[float]  # a plain substring scan over folded names, same prefixes

    @property
    def median_ms(self) -> float:
        return statistics.median(self.samples) * 1000

    @property
    def worst_ms(self) -> float:
        return max(self.samples) * 1000


def generate_learners(db: Path, count: int, seed: int = 1) -> None:
    """``count`` learners with demo-like names, phones and villages, three enrolments each
    on average, written with bulk inserts into a new migrated database at ``db``."""
    from sqlalchemy import insert

    from clc_desktop.domain.codes import Sex, Topic
    from clc_desktop.domain.text import clean_name, fold
    from clc_desktop.services.demo_data import _FAMILY, _GIVEN, _MIDDLE
    from clc_desktop.storage.database import open_store
    from clc_desktop.storage.models import Enrolment, Learner, LearningClass

    rng = random.Random(seed)
    families = [f for f, _ in _FAMILY]
    weights = [w for _, w in _FAMILY]
    villages = ["Thôn Đông", "Thôn Đoài", "Thôn Trung", "Xóm Mới", "Xóm Chùa", "Thôn Hạ"]
    learners = []
    for learner_id in range(1, count + 1):
        sex = Sex.FEMALE if rng.random() < 0.6 else Sex.MALE
        name = clean_name(
            f"{rng.choices(families, weights)[0]} {rng.choice(_MIDDLE[sex])}"
            f" {rng.choice(_GIVEN[sex])}"
        )
        learners.append(
            {
                "id": learner_id,
                "learner_key": f"{rng.getrandbits(128):032x}",
                "full_name": name,
                "search_key": fold(name),
                "sex": sex.value,
                "birth_year": rng.randint(1940, 2012),
                "phone": "0" + rng.choice("3579") + "".join(rng.choices("0123456789", k=8))
                if rng.random() < 0.8
                else None,
                "address": rng.choice(villages)
                if rng.random() < 0.6
                else f"Tổ dân phố số {rng.randint(1, 40)}",
                "archived": rng.random() < 0.02,
            }
        )
    topics = list(Topic)
    classes = [
        {"id": i, "name": f"Lớp {i}", "topic": topics[i % len(topics)].value}
        for i in range(1, count // 100 + 2)
    ]
    enrolments = [
        {"learner_id": learner_id, "class_id": rng.randint(1, len(classes))}
        for learner_id in range(1, count + 1)
        for _ in range(rng.choice((1, 2, 3, 4, 5)))
    ]
    with open_store(db) as store, store.engine.begin() as conn:
        conn.execute(insert(Learner), learners)
        conn.execute(insert(LearningClass), classes)
        conn.execute(insert(Enrolment), enrolments)


def _prefixes(query: str) -> list[str]:
    return [query[:end] for end in range(1, len(query) + 1)]


def measure_search(count: int = 100_000, seed: int = 1) -> SearchTimings:
    """Generate ``count`` learners in a temporary database and time every keystroke of
    :data:`QUERIES` (the signature the main benchmark table calls)."""
    from clc_desktop.domain.text import fold
    from clc_desktop.services.learners import (
        LearnerFilter,
        LearnerSearch,
        filter_mask,
        load_learner_list,
    )
    from clc_desktop.storage.database import open_store

    with tempfile.TemporaryDirectory(prefix="clc-search-") as tmp:
        db = Path(tmp) / "search.db"
        generate_learners(db, count, seed)
        with open_store(db) as store:
            started = time.perf_counter()
            with store.session() as session:
                items = load_learner_list(session, dt.date(2026, 11, 23))
            search = LearnerSearch(items)
            unfiltered = LearnerSearch(items)  # the same keystrokes, without the filter
            load_seconds = time.perf_counter() - started
    folded_names = [item.search_key for item in items]
    samples: list[float] = []
    search_only: list[float] = []
    baseline: list[float] = []
    shown = filter_mask(items, LearnerFilter())  # archived hidden, as the list opens
    for query in QUERIES:
        for prefix in _prefixes(query):
            started = time.perf_counter()
            search.search(prefix, shown)
            samples.append(time.perf_counter() - started)
            started = time.perf_counter()
            unfiltered.search(prefix)
            search_only.append(time.perf_counter() - started)
            needle = fold(prefix)
            started = time.perf_counter()
            [i for i, name in enumerate(folded_names) if needle in name]
            baseline.append(time.perf_counter() - started)
    return SearchTimings(count, load_seconds, samples, search_only, baseline)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.search")
    parser.add_argument("--learners", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    timings = measure_search(args.learners, args.seed)
    base_median = statistics.median(timings.baseline) * 1000
    print(
        f"Learner search, {timings.learners:,} learners, {len(timings.samples)} keystrokes "
        f"of {len(QUERIES)} queries (Python {sys.version.split()[0]})"
    )
    print(f"  load list + build index: {timings.load_seconds * 1000:.0f} ms")
    print(
        f"  per keystroke (search + filter): median {timings.median_ms:.1f} ms, "
        f"worst {timings.worst_ms:.1f} ms"
    )
    print(
        f"  search alone: median {statistics.median(timings.search_only) * 1000:.1f} ms, "
        f"worst {max(timings.search_only) * 1000:.1f} ms"
    )
    print(
        f"  baseline (one substring scan of folded names): median {base_median:.1f} ms, "
        f"worst {max(timings.baseline) * 1000:.1f} ms"
    )
    print(f"  ratio of medians: {timings.median_ms / base_median:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
