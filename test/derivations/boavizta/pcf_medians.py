#!/usr/bin/env python3
"""Medians (n, quartiles) of the Boavizta manufacturer-PCF extract per category and
purchase-year band, and a check against the 2026-12 data audit's independent figures.

Usage: pcf_medians.py            print the table
       pcf_medians.py --check    exit 1 when a figure differs from the audit's

Method (the audit's): embodied = Total x (1 - Use share), only where Use (%) is a
percentage; mass = Weight; kWh/year = Yearly TEC. The year is the last four-digit number
of Date (the date of the manufacturer's PCF sheet, a proxy of the purchase year).
Duplicated rows are kept, as in the source. Quartiles: statistics.quantiles(n=4,
method="inclusive"). Only the standard library is used.
"""
import csv
import os
import re
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORY = {"Thin Client": "thin_client", "Server": "server", "Printer": "printer"}
BANDS = [("all", None, None), ("-2014", None, 2014), ("2015-2019", 2015, 2019),
         ("2020-", 2020, None)]


def number(text):
    text = text.strip()
    return float(text) if re.fullmatch(r"[0-9]+(\.[0-9]+)?", text) else None


def share(text):
    m = re.fullmatch(r"([0-9]+(\.[0-9]+)?)%", text.strip())
    return float(m.group(1)) / 100 if m else None


def rows():
    with open(os.path.join(HERE, "pcf_extract.tsv"), newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    for r in csv.DictReader(lines, delimiter="\t"):
        years = re.findall(r"[0-9]{4}", r["date"])
        total, use = number(r["total_kgco2e"]), share(r["use_share"])
        yield {
            "category": CATEGORY[r["subcategory"]],
            "year": int(years[-1]) if years else None,
            "embodied": total * (1 - use) if total is not None and use is not None else None,
            "mass": number(r["weight_kg"]),
            "kwh": number(r["yearly_tec_kwh"]),
        }


def summary(values):
    values = sorted(values)
    if not values:
        return None
    q = statistics.quantiles(values, n=4, method="inclusive") if len(values) > 1 else values * 3
    return {"n": len(values), "median": statistics.median(values), "q1": q[0], "q3": q[2]}


def table():
    data = list(rows())
    out = {}
    for cat in sorted(set(r["category"] for r in data)):
        for band, lo, hi in BANDS:
            sel = [r for r in data if r["category"] == cat and
                   (lo is None or (r["year"] is not None and r["year"] >= lo)) and
                   (hi is None or (r["year"] is not None and r["year"] <= hi))]
            for fig in ("embodied", "mass", "kwh"):
                out[(cat, band, fig)] = summary([r[fig] for r in sel if r[fig] is not None])
    return out


# (audit figure read at commit 61323eb, figure of this extract at commit 004e0439): the audit's
# figures are in ../shared/research/data_audit_2026-12.md ("Available but not shipped" and the
# device_category_figure table). The two commits hold different rows (servers: 61 rows here,
# n=55 in the audit; thin clients: 26 rows here, 13 of them duplicates of Dell Wyse rows), so
# five of the eight medians differ; --check fails when the extract's median moves from the
# value pinned here (a transcription change) and prints its distance to the audit's figure.
AUDIT = {("thin_client", "embodied"): (47.6, 43.6), ("thin_client", "mass"): (1.0, 1.0),
         ("thin_client", "kwh"): (41.0, 35.54), ("printer", "embodied"): (130.0, 130.0),
         ("printer", "kwh"): (19.2, 19.24), ("server", "mass"): (22.2, 21.0),
         ("server", "embodied"): (1278.0, 1258.0), ("server", "kwh"): (1528.6, 1477.0)}


def main():
    t = table()
    for (cat, band, fig), s in sorted(t.items()):
        if s is None:
            print(f"{cat:12} {band:10} {fig:9} no source row")
        else:
            print(f"{cat:12} {band:10} {fig:9} n={s['n']:3} median={s['median']:.4g} "
                  f"IQR {s['q1']:.4g}-{s['q3']:.4g}")
    if "--check" in sys.argv:
        bad = 0
        for (cat, fig), (audit, pinned) in sorted(AUDIT.items()):
            got = t[(cat, "all", fig)]["median"]
            ok = float(f"{got:.4g}") == pinned
            bad += not ok
            print(f"check {cat} {fig}: extract {got:.4g} (pinned {pinned}: "
                  f"{'ok' if ok else 'CHANGED'}); audit at 61323eb {audit}, "
                  f"{100 * (got - audit) / audit:+.1f} %")
        sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
