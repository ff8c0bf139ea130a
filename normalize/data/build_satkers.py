"""Build ``satkers.csv`` (every KPU satker) from ``wilayah_prov_kab.csv``.

Run from the repository root: ``python -m normalize.data.build_satkers``.
The output is committed; the resolver never rebuilds it at run time.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).parent
# Papua split of 2022 (UU 14, 15, 16 and 29 of 2022): new province -> province it came from.
FORMER_PROVINCE = {"93": "91", "94": "91", "95": "91", "96": "92"}
CANONICAL_PROVINCE = {"31": "DKI Jakarta"}  # KPU's own usage, not the Kemendagri long form


def _name_variants(kind: str, base: str) -> list[str]:
    """Written forms of a kabupaten/kota name seen in KPU documents."""
    out: list[str] = []
    if kind == "Kabupaten":
        out += [f"Kab. {base}", f"Kab {base}"]
    if base.startswith("Kepulauan "):
        rest = base[len("Kepulauan "):]
        out += [f"{kind} Kep. {rest}"]
    return out


def build() -> list[dict[str, str]]:
    """Rows of satkers.csv, KPU RI first, then provinces and kabupaten/kota by code."""
    manual: dict[str, list[str]] = defaultdict(list)
    with open(HERE / "satker_aliases_manual.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            manual[row["code"].strip()].append(row["alias"].strip())
    rows = [{"code": "00", "name": "KPU RI", "level": "pusat", "province_code": "",
             "former_province_code": "", "aliases": "|".join(manual["00"])}]
    with open(HERE / "wilayah_prov_kab.csv", encoding="utf-8", newline="") as fh:
        regions = [{k: v.strip() for k, v in r.items()} for r in csv.DictReader(fh)]
    for reg in sorted(regions, key=lambda r: r["kode"]):
        code, nama = reg["kode"], re.sub(r"\s+", " ", reg["nama"])
        if reg["level"] == "provinsi":
            short = CANONICAL_PROVINCE.get(code, nama)
            aliases = [f"Provinsi {nama}"] if short != nama else []
            rows.append({"code": code, "name": f"KPU Provinsi {short}", "level": "provinsi",
                         "province_code": code, "former_province_code": FORMER_PROVINCE.get(code, ""),
                         "aliases": "|".join(aliases + manual[code])})
            continue
        kind, base = nama.split(" ", 1)
        aliases = []
        if base.startswith("Administrasi "):
            aliases.append(f"{kind} {base}")
            base = base[len("Administrasi "):]
        if base.startswith("Kep. "):
            aliases.append(f"{kind} {base}")
            base = "Kepulauan " + base[len("Kep. "):]
        aliases += _name_variants(kind, base) + [f"{kind} {a}" for a in manual[code]]
        prov = code.split(".")[0]
        rows.append({"code": code, "name": f"KPU {kind} {base}", "level": kind.lower(),
                     "province_code": prov, "former_province_code": FORMER_PROVINCE.get(prov, ""),
                     "aliases": "|".join(a for a in dict.fromkeys(aliases) if a != f"{kind} {base}")})
    return rows


def main() -> None:
    rows = build()
    with open(HERE / "satkers.csv", "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} satkers")


if __name__ == "__main__":
    main()
