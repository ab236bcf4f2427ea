#!/usr/bin/env python3
"""Checks the public API docs that docfx metadata wrote (docs/site/api/*.yml) and the measures page.

1. No public doc links to a non-public CapitalNetwork member (a <see cref> to an internal type or member).
2. No engine notes in public docs: timings (ms, µs), speed ratios (2.7×), "faster"/"slower", paths to files outside
   the repository (shared/, docs/measures.md) or to benchmark results (those live in docs/engine-notes.md).
3. guide/measures.md links every public method of the measure facades (Centrality, Concentration, Polarization,
   CorePeriphery, Communities, Flows), so a new measure cannot be left off the page.

Usage: check-api.py API_DIR MEASURES_MD. Prints each problem and exits 1 when there is any.
"""
import glob
import os
import re
import sys
import urllib.parse

FACADES = ["Centrality", "Concentration", "Polarization", "CorePeriphery", "Communities", "Flows"]
ENGINE_NOTES = [
    (re.compile(r"\d\s?ms\b"), "a timing in ms"),
    (re.compile(r"µs"), "a timing in µs"),
    (re.compile(r"\d×"), "a speed ratio"),
    (re.compile(r"\b(faster|slower)\b", re.I), "a speed claim"),
    (re.compile(r"shared/"), "a path outside the repository"),
    (re.compile(r"docs/measures\.md"), "a path outside the repository"),
    (re.compile(r"benchmarks/"), "a benchmark citation (put it in docs/engine-notes.md)"),
]


def items_section(text):
    """The part of a docfx ManagedReference file that documents its own members (before `references:`)."""
    return text.split("\nreferences:", 1)[0]


def main(api_dir, measures_md):
    problems = []
    files = sorted(glob.glob(os.path.join(api_dir, "*.yml")))
    if not files:
        return [f"no API files in {api_dir}: run docfx metadata first"]
    public, methods, texts = set(), {}, {}
    for path in files:
        items = items_section(open(path, encoding="utf-8").read())
        texts[path] = items
        public.update(re.findall(r"^- uid: (.+)$", items, re.M))
        for uid, kind in re.findall(r"^- uid: (.+)\n(?:  .*\n)*?  type: (\w+)$", items, re.M):
            methods[uid] = kind

    for path, items in texts.items():
        name = os.path.basename(path)
        for href in sorted(set(re.findall(r'xref href="([^"]+)"', items))):
            uid = urllib.parse.unquote(href)
            if uid.startswith("CapitalNetwork") and uid.rstrip("*") not in public:
                problems.append(f"{name}: public doc links to non-public {uid}")
        for line in items.splitlines():
            for pattern, what in ENGINE_NOTES:
                if pattern.search(line):
                    problems.append(f"{name}: {what}: {line.strip()[:160]}")

    page = open(measures_md, encoding="utf-8").read()
    for facade in FACADES:
        prefix = f"CapitalNetwork.Measures.{facade}."
        names = sorted({uid[len(prefix):].split("(")[0] for uid, kind in methods.items()
                        if kind == "Method" and uid.startswith(prefix)})
        if not names:
            problems.append(f"no methods found for the facade {facade}")
        for member in names:
            if f"xref:{prefix}{member}*" not in page:
                problems.append(f"{measures_md}: no entry for {facade}.{member}")
    return problems


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    found = main(sys.argv[1], sys.argv[2])
    for p in found:
        print(f"check-api: {p}", file=sys.stderr)
    if found:
        sys.exit(1)
    print("check-api: public docs link no internal member, hold no engine notes; the measures page lists every measure")
