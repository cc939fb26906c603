#!/usr/bin/env python3
"""Writes an applicant file for `tourplan draw`: id,persons,points,preferred, one row per application.

    bench/applicants.py N [--seed S] [--month YYYY-MM] > applicants.csv

Deterministic for a given N, seed and month (Python's Mersenne Twister, whose random() is fixed by the language):
the README's example and the benchmark in BENCHMARKS.md are made with it. Parties of 1-3 persons weighted as the
default scenario's group.partySize (5%, 15%, 80%); points 0-3 (70%, 20%, 7%, 3%); a quarter of the applicants ask for
days: the weekend, a Saturday, a Sunday, or one or two dates of the month.
"""
import argparse
import calendar
import random
import sys

p = argparse.ArgumentParser()
p.add_argument("n", type=int)
p.add_argument("--seed", type=int, default=1)
p.add_argument("--month", default="2025-07")
a = p.parse_args()
year, month = (int(x) for x in a.month.split("-"))
days = calendar.monthrange(year, month)[1]
r = random.Random(a.seed)
out = sys.stdout
out.write("id,persons,points,preferred\n")
rows = []
for i in range(1, a.n + 1):
    u = r.random()
    persons = 1 if u < 0.05 else 2 if u < 0.20 else 3
    u = r.random()
    points = 0 if u < 0.70 else 1 if u < 0.90 else 2 if u < 0.97 else 3
    pref = ""
    if r.random() < 0.25:
        k = r.random()
        if k < 0.4:
            pref = "SAT SUN"
        elif k < 0.6:
            pref = "SAT"
        elif k < 0.7:
            pref = "SUN"
        else:
            picks = sorted({r.randint(1, days) for _ in range(1 + (r.random() < 0.5))})
            pref = " ".join("%04d-%02d-%02d" % (year, month, d) for d in picks)
    rows.append("A%07d,%d,%d,%s\n" % (i, persons, points, pref))
out.write("".join(rows))
