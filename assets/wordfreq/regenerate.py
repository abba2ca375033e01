"""Writes assets/wordfreq/en-zipf.txt: the most common lowercase English words with their
Zipf frequency (log10 of uses per billion words), from the public `wordfreq` package.

Run from the repository root: python3 assets/wordfreq/regenerate.py
Format: one line per Zipf value in tenths, highest first: the value times ten, a tab, then
the words of that value separated by single spaces, in wordfreq's order.
"""

import sys

from wordfreq import top_n_list, zipf_frequency

TOP = 50000
OUT = "assets/wordfreq/en-zipf.txt"


def keep(word):
    # Words only: letters, with an inner apostrophe, hyphen or dot ("o'clock", "u.s.").
    return word[0].isalpha() and all(c.isalpha() or c in "'-." for c in word)


def main():
    groups = {}
    for word in top_n_list("en", TOP):
        if word != word.lower() or not keep(word):
            continue
        tenths = round(zipf_frequency(word, "en") * 10)
        groups.setdefault(tenths, []).append(word)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for tenths in sorted(groups, reverse=True):
            f.write(f"{tenths}\t{' '.join(groups[tenths])}\n")
    print(f"wrote {OUT}: {sum(len(g) for g in groups.values())} words", file=sys.stderr)


if __name__ == "__main__":
    main()
