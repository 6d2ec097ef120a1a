#!/usr/bin/env python3
"""How the HTML path's settings were chosen: shb-html scored under each alternative, in one run.

    python benchmarks/html_settings.py [--bench-dir DIR] [-j N]

Rows 1-7 hand trafilatura's own text output (one setting changed at a time) to clean_text; the rest
are clean_html() as shipped and with one of its structure labels left out. Same metric as
quality.py. Takes about a minute on two cores.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from multiprocessing.pool import Pool
from pathlib import Path

from metric import score  # benchmarks/ is on sys.path
from quality import default_bench_dir, fmt

from cleaner import clean_text, html
from cleaner.sources import decode

TXT = {  # name -> trafilatura.extract() settings; the output goes through clean_text unless marked "alone"
    "trafilatura alone, defaults": None,
    "defaults": {},
    "include_comments=False": {"include_comments": False},
    "favor_precision, no comments": {"include_comments": False, "favor_precision": True},
    "favor_recall, no comments": {"include_comments": False, "favor_recall": True},
    "include_tables=False": {"include_tables": False},
    "deduplicate=True": {"deduplicate": True},
}
LABELS = {  # name -> which of clean_html's labels are left out (by reason), None for the shipped set
    "clean_html as shipped": None,
    "  without any structure label": "",
    "  without the title line": "the page's title",
    "  without link lines": "a line that is only a link",
    "  without list entries opening with a link": "part of a list entry",
    "  without lines before the precise extraction": "before the article",
    "  without link lines after it": "a line with links after",
}


def run(args: tuple[str, str]) -> list[str]:
    """Every variant's output for one page."""
    from trafilatura import extract

    page, _ = args
    outputs = []
    for settings in TXT.values():
        text = extract(page, **(settings or {})) or ""
        outputs.append(text if settings is None else clean_text(text).text if text.strip() else "")
    found = _extract_or_none(page)
    for left_out in LABELS.values():
        if found is None:
            outputs.append("")
            continue
        labels = [x for x in found.labels if left_out is None or (left_out and not x.reason.startswith(left_out))]
        outputs.append(html.clean_page(html.Page(found.text, labels, found.metadata)).text)
    return outputs


def _extract_or_none(page: str) -> html.Page | None:
    try:
        return html.extract(page)
    except html.ExtractionError:
        return None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench-dir", type=Path, help="default: $CLEANER_BENCH_DIR, else ../shared/bench")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, help="worker processes")
    args = ap.parse_args()
    bench = (args.bench_dir or default_bench_dir()) / "shb-html.jsonl"
    if not bench.is_file():
        sys.exit(f"not found: {bench}")
    cases = [json.loads(line) for line in bench.read_text(encoding="utf-8").splitlines() if line.strip()]
    pages = [(decode(gzip.decompress((bench.parent / c["html"]).read_bytes()), html=True), c["id"]) for c in cases]
    with Pool(args.jobs) as pool:
        outputs = pool.map(run, pages, chunksize=4)
    print(f"{'shb-html, ' + str(len(cases)) + ' pages':50} {'P':>6} {'R':>6} {'F1':>6} {'exact':>6}")
    for column, name in enumerate([*TXT, *LABELS]):
        label = name if column == 0 or column >= len(TXT) else f"trafilatura txt + clean_text: {name}"
        print(f"{label:50} {fmt(score((c['truth'], out[column]) for c, out in zip(cases, outputs, strict=True)))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
