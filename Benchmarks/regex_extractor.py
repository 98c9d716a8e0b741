#!/usr/bin/env python3
"""A regex citation extractor of the kind public UN citation projects use: the peer of citegraph's
resolver in citegraph-bench.

For every text it collapses white space per paragraph, takes the relation from the paragraph's
opening verb, and finds resolution numbers after "resolution(s)"/"decision(s)" with a handful of
regular expressions (new style 71/244 and 57/270 B, old style 1514 (XV), Security Council
1325 (2000), special sessions S-26/2 and ES-10/14). It times the extraction over texts already in
memory, like the benchmark times citegraph, and prints one JSON object. By hand:

    python3 Benchmarks/regex_extractor.py --runs 3 ../shared/corpus
"""
import argparse
import json
import os
import re
import sys
import time

VERBS = {
    "reaffirm": "reaffirms", "recall": "recalls", "welcom": "welcomes", "not": "notes",
    "taking note": "notes", "takes note": "notes", "endors": "endorses", "reiterat": "reiterates",
    "acknowledg": "acknowledges",
}
PARAGRAPH = re.compile(r"\n\s*\n")
SPACE = re.compile(r"\s+")
OPENING = re.compile(r"^(?:\d+\.\s*)?((?:taking|takes) note|[A-Za-z]+)", re.I)
KEYWORD = re.compile(r"\b(resolutions?|decisions?)\b", re.I)
SYMBOL_ANYWHERE = re.compile(
    r"(?:ES-|S-)?\d{1,4}/\d{1,4}(?:\s?[A-Z]\b)?|\d{1,4}\s?(?:[A-Z]\s)?\((?:\d{4}|S-[IVXLC]+|[IVXLC]+)\)"
)


def relation(paragraph):
    match = OPENING.match(paragraph)
    if not match:
        return "cites"
    word = match.group(1).lower()
    for stem, name in VERBS.items():
        if word.startswith(stem):
            return name
    return "cites"


def extract(text):
    references = []
    for raw in PARAGRAPH.split(text):
        paragraph = SPACE.sub(" ", raw).strip()
        if not paragraph:
            continue
        verb = relation(paragraph)
        for keyword in KEYWORD.finditer(paragraph):
            # The list after the keyword: numbers separated by commas, "and" and dates.
            window = paragraph[keyword.end():keyword.end() + 400]
            for symbol in SYMBOL_ANYWHERE.finditer(window):
                if symbol.start() > 0 and window[symbol.start() - 1].isalnum():
                    continue
                references.append((SPACE.sub("", symbol.group(0)), verb))
    return references


def texts(paths):
    out = []
    for path in paths:
        if os.path.isdir(path):
            for root, _, files in os.walk(path):
                for name in sorted(files):
                    if name.endswith(".txt"):
                        with open(os.path.join(root, name), encoding="utf-8", errors="replace") as handle:
                            out.append(handle.read())
        else:
            with open(path, encoding="utf-8", errors="replace") as handle:
                out.append(handle.read())
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    documents = texts(args.paths)
    size = sum(len(text.encode("utf-8")) for text in documents)
    found = 0
    samples = []
    for run in range(args.runs + 1):
        start = time.perf_counter()
        found = sum(len(extract(text)) for text in documents)
        if run > 0:
            samples.append(time.perf_counter() - start)
    print(json.dumps({"seconds": samples, "bytes": size, "documents": len(documents), "references": found}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
