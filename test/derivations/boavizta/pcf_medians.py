#!/usr/bin/env python3
"""Medians (n, quartiles) of the Boavizta manufacturer-PCF extract per category and
purchase-year band, and a check against pinned figures and the 2026-12 data audit's.

Usage: pcf_medians.py            print the table (and the rows each rule leaves out)
       pcf_medians.py --check    exit 1 when a pinned figure moved (a transcription or
                                 method change) and print the distance to the audit's

Method (the audit's): embodied = Total x (1 - Use share), only where Use (%) is a
percentage; mass = Weight; kWh/year = Yearly TEC. The year of a row is the last four-digit
number of Date (the date of the manufacturer's PCF sheet, a proxy of the purchase year).
Duplicated rows are kept, as in the source. Quartiles: statistics.quantiles(n=4,
method="inclusive"). Only the standard library is used.

Rows left out, each by a stated rule (printed by the script):
  G  Manufacturer "Generic": Boavizta's own size-scaled defaults, not a manufacturer's
     sheet (15 monitors, 1 laptop): left out of every figure.
  W  a Laptop whose Weight is above 5 kg: the source holds the screen size (ThinkPad
     Helix 11.6, T540p and W540 15.6) or a typo (EliteBook x360 830 G5: 16, its siblings
     1.6) there: left out of the mass figures only.
  P  placeholder date: within one manufacturer and subcategory, a Date given to the month
     ("December 2018") that at least 5 rows and at least 25 % of that group's rows carry is
     the date the sheets were (re)published in bulk, not a model year (Dell dates its 2015
     Latitude 3150 and its 2018 Latitude 7490 "December 2018"; HP its EliteBook 840 G4 of
     2017 and G7 of 2020 "December 2016"). Those rows count in the all-years figures and in
     no band. A Date given as a year only is taken as it stands.
BANDS: all years, up to 2014, 2015-2019, 2020 and later (issue 12, item 3).

A band figure is shipped (src/data/device_category_vintage.csv) when it rests on at least
10 rows (the number of manufacturers behind it is printed, and the data file's note names
them), for the categories whose bands the extract was made
for (laptop, desktop, monitor, tablet; the file has no smartphone row). Servers, printers
and thin clients were extracted for their all-years figures; README.md says why their bands
are not shipped. --check also compares every shipped band figure of that file with the
median here (4 significant digits), so the data file and the extract cannot drift apart.
"""
import collections
import csv
import os
import re
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CATEGORY = {"Laptop": "laptop", "Desktop": "desktop", "Monitor": "monitor",
            "Tablet": "tablet", "Thin Client": "thin_client", "Server": "server",
            "Printer": "printer"}
BANDS = [("all", None, None), ("-2014", None, 2014), ("2015-2019", 2015, 2019),
         ("2020-", 2020, None)]
BANDED = ("laptop", "desktop", "monitor", "tablet")
SHIP_N = 10
FIGURE_COLUMN = {"embodied": "embodied_kg_co2e", "mass": "typical_mass_kg", "kwh": "kwh_per_year"}
VINTAGE_CSV = os.path.join(HERE, "..", "..", "..", "src", "data", "device_category_vintage.csv")
BAND_YEARS = {"2015-2019": ("2015", "2019"), "2020-": ("2020", "")}
MONTH = re.compile(r"(January|February|March|April|May|June|July|August|September|"
                   r"October|November|December) [0-9]{4}")


def number(text):
    text = text.strip()
    return float(text) if re.fullmatch(r"[0-9]+(\.[0-9]+)?", text) else None


def share(text):
    m = re.fullmatch(r"([0-9]+(\.[0-9]+)?)%", text.strip())
    return float(m.group(1)) / 100 if m else None


def source_rows():
    with open(os.path.join(HERE, "pcf_extract.tsv"), newline="") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def placeholder_dates(raw):
    """Rule P: {(manufacturer, subcategory, date)} of bulk month dates."""
    groups = collections.Counter((r["manufacturer"], r["subcategory"]) for r in raw)
    dates = collections.Counter((r["manufacturer"], r["subcategory"], r["date"]) for r in raw)
    return {k for k, n in dates.items()
            if MONTH.fullmatch(k[2]) and n >= 5 and n >= 0.25 * groups[k[:2]]}


def rows():
    raw = [r for r in source_rows() if r["manufacturer"] != "Generic"]
    bulk = placeholder_dates(raw)
    for r in raw:
        years = re.findall(r"[0-9]{4}", r["date"])
        total, use = number(r["total_kgco2e"]), share(r["use_share"])
        cat = CATEGORY[r["subcategory"]]
        mass = number(r["weight_kg"])
        yield {
            "category": cat,
            "maker": r["manufacturer"],
            "name": r["manufacturer"] + " " + r["name"],
            "year": int(years[-1]) if years else None,
            "placeholder": (r["manufacturer"], r["subcategory"], r["date"]) in bulk,
            "embodied": total * (1 - use) if total is not None and use is not None else None,
            "mass": None if cat == "laptop" and mass is not None and mass > 5 else mass,
            "kwh": number(r["yearly_tec_kwh"]),
        }


def summary(sel, fig):
    values = sorted(r[fig] for r in sel if r[fig] is not None)
    if not values:
        return None
    q = statistics.quantiles(values, n=4, method="inclusive") if len(values) > 1 else values * 3
    return {"n": len(values), "median": statistics.median(values), "q1": q[0], "q3": q[2],
            "makers": len(set(r["maker"] for r in sel if r[fig] is not None))}


def shipped(cat, band, s):
    return cat in BANDED and band != "all" and s is not None and s["n"] >= SHIP_N


def table():
    data = list(rows())
    out = {}
    for cat in sorted(set(r["category"] for r in data)):
        for band, lo, hi in BANDS:
            sel = [r for r in data if r["category"] == cat and
                   (band == "all" or (not r["placeholder"] and r["year"] is not None and
                                      (lo is None or r["year"] >= lo) and
                                      (hi is None or r["year"] <= hi)))]
            for fig in ("embodied", "mass", "kwh"):
                out[(cat, band, fig)] = summary(sel, fig)
    return out


# (audit figure read at commit 61323eb or None, median of this extract at commit 004e0439
# to 4 significant digits, n). The audit's figures are in ../shared/research/data_audit_2026-12.md
# (device_category_figure table, "Available but not shipped", the plausibility column). The
# two commits hold different rows (servers: 61 rows here, n=55 there; no smartphone row here),
# so most medians differ; --check fails when a median or an n moves from the value pinned
# here and prints its distance to the audit's figure.
PINNED = {
    ("laptop", "all", "embodied"): (241.0, 232.0, 351),
    ("laptop", "all", "mass"): (1.65, 1.8, 489),
    ("laptop", "all", "kwh"): (19.4, 20.1, 241),
    ("desktop", "all", "embodied"): (301.0, 307.9, 192),
    ("desktop", "all", "mass"): (5.26, 6.1, 314),
    ("desktop", "all", "kwh"): (56.5, 81.5, 229),
    ("monitor", "all", "embodied"): (357.4, 339.4, 176),
    ("monitor", "all", "mass"): (5.73, 5.7, 241),
    ("monitor", "all", "kwh"): (40.9, 41.44, 159),
    ("tablet", "all", "mass"): (None, 1.239, 2),
    ("thin_client", "all", "embodied"): (47.6, 43.6, 18),
    ("thin_client", "all", "mass"): (1.0, 1.0, 26),
    ("thin_client", "all", "kwh"): (41.0, 35.54, 26),
    ("printer", "all", "embodied"): (130.0, 130.0, 11),
    ("printer", "all", "kwh"): (19.2, 19.24, 11),
    ("server", "all", "mass"): (22.2, 21.0, 61),
    ("server", "all", "embodied"): (1278.0, 1258.0, 61),
    ("server", "all", "kwh"): (1528.6, 1477.0, 54),
    ("laptop", "2015-2019", "embodied"): (None, 238.9, 248),
    ("laptop", "2015-2019", "mass"): (None, 1.782, 234),
    ("laptop", "2015-2019", "kwh"): (None, 28.85, 4),
    ("laptop", "2020-", "embodied"): (None, 197.2, 35),
    ("laptop", "2020-", "mass"): (None, 1.65, 27),
    ("laptop", "2020-", "kwh"): (None, 16.19, 8),
    ("desktop", "2015-2019", "embodied"): (None, 315.2, 112),
    ("desktop", "2015-2019", "mass"): (None, 6.86, 74),
    ("desktop", "2015-2019", "kwh"): (None, 65.0, 17),
    ("desktop", "2020-", "embodied"): (None, 336.0, 41),
    ("desktop", "2020-", "mass"): (None, 6.4, 34),
    ("desktop", "2020-", "kwh"): (None, 108.8, 6),
    ("monitor", "2015-2019", "embodied"): (None, 260.9, 94),
    ("monitor", "2015-2019", "mass"): (None, 5.7, 139),
    ("monitor", "2015-2019", "kwh"): (None, 48.7, 71),
    ("monitor", "2020-", "embodied"): (None, 232.1, 23),
    ("monitor", "2020-", "mass"): (None, 4.0, 43),
    ("monitor", "2020-", "kwh"): (None, 36.4, 29),
}


def main():
    t = table()
    data = list(rows())
    for (cat, band, fig), s in sorted(t.items()):
        if s is None:
            print(f"{cat:12} {band:10} {fig:9} no source row")
        else:
            print(f"{cat:12} {band:10} {fig:9} n={s['n']:3} median={s['median']:.4g} "
                  f"IQR {s['q1']:.4g}-{s['q3']:.4g} makers={s['makers']}"
                  f"{' SHIP' if shipped(cat, band, s) else ''}")
    raw = source_rows()
    print(f"rule G: {sum(r['manufacturer'] == 'Generic' for r in raw)} rows left out")
    print("rule W: " + ", ".join(r["manufacturer"] + " " + r["name"] + " " + r["weight_kg"]
                                  for r in raw if r["subcategory"] == "Laptop" and
                                  (number(r["weight_kg"]) or 0) > 5))
    bulk = sorted(placeholder_dates([r for r in raw if r["manufacturer"] != "Generic"]))
    for m, sub, date in bulk:
        n = sum(1 for r in raw if (r["manufacturer"], r["subcategory"], r["date"]) == (m, sub, date))
        print(f"rule P: {m} {sub} '{date}': {n} rows in no band")
    print(f"rule P: {sum(r['placeholder'] for r in data)} rows in no band in all")
    if "--check" in sys.argv:
        bad = 0
        for key, (audit, pinned, n) in sorted(PINNED.items()):
            s = t[key]
            ok = s is not None and float(f"{s['median']:.4g}") == pinned and s["n"] == n
            bad += not ok
            got = "none" if s is None else f"{s['median']:.4g} (n={s['n']})"
            vs = "" if audit is None or s is None else \
                f"; audit at 61323eb {audit}, {100 * (s['median'] - audit) / audit:+.1f} %"
            print(f"check {' '.join(key)}: extract {got} (pinned {pinned}, n={n}: "
                  f"{'ok' if ok else 'CHANGED'}){vs}")
        bad += check_csv(t)
        sys.exit(1 if bad else 0)


def check_csv(t):
    """Every band figure of device_category_vintage.csv from this extract equals the median
    here, and every figure the rule ships is in the file; returns the number of mismatches."""
    with open(VINTAGE_CSV, newline="") as f:
        rows = [r for r in csv.DictReader(f) if "004e0439" in r["source"]]
    bad = 0
    for (cat, band, fig), s in sorted(t.items()):
        if band not in BAND_YEARS:
            continue
        first, last = BAND_YEARS[band]
        row = [r for r in rows if r["category"] == cat and r["first_year"] == first
               and r["last_year"] == last]
        value = row[0][FIGURE_COLUMN[fig]] if row else ""
        want = f"{s['median']:.4g}" if shipped(cat, band, s) else ""
        if value != want:
            bad += 1
            print(f"csv {cat} {band} {fig}: file {value or 'NULL'}, extract {want or 'NULL'}: DIFFERS")
    print(f"csv: {len(rows)} band rows of device_category_vintage.csv from this extract, "
          f"{bad} differ")
    return bad


if __name__ == "__main__":
    main()
