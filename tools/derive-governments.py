#!/usr/bin/env python3
"""Derives Sinergi's registry of Indonesian regional governments
(src/main/resources/organization/governments.csv and NOTICE-idn-area-data.txt)
from the npm package idn-area-data 4.0.1. Run once, by hand; the output is committed
and nothing is downloaded at run time:

    cd /tmp && npm pack idn-area-data@4.0.1 && tar xzf idn-area-data-4.0.1.tgz
    python3 tools/derive-governments.py /tmp/package src/main/resources/organization

Input (inside the unpacked package dir): package.json, LICENSE (MIT, the package code),
data/LICENSE.md (ODbL 1.0, the data), data/provinces.csv (code,name) and
data/regencies.csv (code,province_code,name).

Output governments.csv (UTF-8, RFC 4180), columns code,name,category,province_code,region:
- province rows first, sorted by code, then regency/city rows, sorted by code;
- code is the Kemendagri code exactly as in the source ("11", "11.01");
- name: provinces get the prefix "Provinsi "; regency/city names are kept as the source gives
  them (they already start with "Kabupaten " / "Kota "), except for the entries in RENAMES;
- category: provinsi, or kabupaten / kota from the source name's prefix
  ("Kabupaten Administrasi Kepulauan Seribu" is kabupaten, "Kota Administrasi Jakarta ..." kota);
- region: island region, mapped from the province code in PROVINCES.
The script stops with an error on anything unexpected: another package version, an unmapped or
missing province code, a province name that differs from PROVINCES, a name not in mixed case, a
regency without "Kabupaten "/"Kota " prefix, duplicate codes or an unknown province_code.

This script is also the record of every alteration made to the source data (ODbL 1.0, 4.6 b).
"""
import csv, hashlib, io, json, os, re, sys

VERSION = "4.0.1"

# province code -> (name as in idn-area-data 4.0.1, island region)
PROVINCES = {
    "11": ("Aceh", "sumatera"),
    "12": ("Sumatera Utara", "sumatera"),
    "13": ("Sumatera Barat", "sumatera"),
    "14": ("Riau", "sumatera"),
    "15": ("Jambi", "sumatera"),
    "16": ("Sumatera Selatan", "sumatera"),
    "17": ("Bengkulu", "sumatera"),
    "18": ("Lampung", "sumatera"),
    "19": ("Kepulauan Bangka Belitung", "sumatera"),
    "21": ("Kepulauan Riau", "sumatera"),
    "31": ("Daerah Khusus Ibukota Jakarta", "jawa"),
    "32": ("Jawa Barat", "jawa"),
    "33": ("Jawa Tengah", "jawa"),
    "34": ("Daerah Istimewa Yogyakarta", "jawa"),
    "35": ("Jawa Timur", "jawa"),
    "36": ("Banten", "jawa"),
    "51": ("Bali", "bali-nusa-tenggara"),
    "52": ("Nusa Tenggara Barat", "bali-nusa-tenggara"),
    "53": ("Nusa Tenggara Timur", "bali-nusa-tenggara"),
    "61": ("Kalimantan Barat", "kalimantan"),
    "62": ("Kalimantan Tengah", "kalimantan"),
    "63": ("Kalimantan Selatan", "kalimantan"),
    "64": ("Kalimantan Timur", "kalimantan"),
    "65": ("Kalimantan Utara", "kalimantan"),
    "71": ("Sulawesi Utara", "sulawesi"),
    "72": ("Sulawesi Tengah", "sulawesi"),
    "73": ("Sulawesi Selatan", "sulawesi"),
    "74": ("Sulawesi Tenggara", "sulawesi"),
    "75": ("Gorontalo", "sulawesi"),
    "76": ("Sulawesi Barat", "sulawesi"),
    "81": ("Maluku", "maluku"),
    "82": ("Maluku Utara", "maluku"),
    "91": ("Papua", "papua"),
    "92": ("Papua Barat", "papua"),
    "93": ("Papua Selatan", "papua"),
    "94": ("Papua Tengah", "papua"),
    "95": ("Papua Pegunungan", "papua"),
    "96": ("Papua Barat Daya", "papua"),
}
REGIONS = {"sumatera", "jawa", "bali-nusa-tenggara", "kalimantan", "sulawesi", "maluku", "papua"}

# code -> (name in the source, name written instead). Each entry must match the source exactly.
RENAMES = {
    "74.72": ("Kota Bau Bau", "Kota Baubau"),  # one word, as the city government writes it
}

PROVINCE_CODE = re.compile(r"^[0-9]{2}$")
REGENCY_CODE = re.compile(r"^([0-9]{2})\.[0-9]{2}$")


def fail(message):
    sys.exit("derive-governments: " + message)


def read_csv(path, header):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != header:
        fail(f"{path}: expected header {header}, got {rows[0] if rows else 'nothing'}")
    for row in rows[1:]:
        if len(row) != len(header) or any(v != v.strip() or not v for v in row):
            fail(f"{path}: malformed row {row}")
    return rows[1:]


def check_case(name):
    if name == name.upper() or name == name.lower():
        fail(f"name not in mixed case, needs title-casing rules: {name!r}")


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    if len(sys.argv) != 3:
        fail("usage: python3 tools/derive-governments.py <unpacked package dir> <output dir>")
    src, dst = sys.argv[1], sys.argv[2]
    with open(os.path.join(src, "package.json"), encoding="utf-8") as f:
        package = json.load(f)
    if package.get("name") != "idn-area-data" or package.get("version") != VERSION:
        fail(f"expected idn-area-data {VERSION}, got {package.get('name')} {package.get('version')}")

    provinces_csv = os.path.join(src, "data", "provinces.csv")
    regencies_csv = os.path.join(src, "data", "regencies.csv")
    provinces = read_csv(provinces_csv, ["code", "name"])
    regencies = read_csv(regencies_csv, ["code", "province_code", "name"])

    out, seen = [], set()
    for code, name in sorted(provinces, key=lambda r: r[0]):
        if not PROVINCE_CODE.match(code):
            fail(f"unexpected province code format {code!r}")
        if code not in PROVINCES:
            fail(f"province code {code} ({name}) has no region mapping")
        if PROVINCES[code][0] != name:
            fail(f"province {code} is {name!r} in the source, {PROVINCES[code][0]!r} in PROVINCES")
        check_case(name)
        seen.add(code)
        out.append([code, "Provinsi " + name, "provinsi", code, PROVINCES[code][1]])
    missing = set(PROVINCES) - seen
    if missing:
        fail(f"province codes mapped but not in the source: {sorted(missing)}")
    if len(seen) != len(provinces):
        fail("duplicate province codes")

    renamed = set()
    for code, province_code, name in sorted(regencies, key=lambda r: r[0]):
        m = REGENCY_CODE.match(code)
        if not m or m.group(1) != province_code:
            fail(f"regency code {code!r} does not fit province_code {province_code!r}")
        if province_code not in seen:
            fail(f"regency {code} refers to unknown province {province_code}")
        if code in seen:
            fail(f"duplicate code {code}")
        seen.add(code)
        if code in RENAMES:
            if RENAMES[code][0] != name:
                fail(f"RENAMES[{code}] expects {RENAMES[code][0]!r}, source has {name!r}")
            name = RENAMES[code][1]
            renamed.add(code)
        check_case(name)
        if name.startswith("Kabupaten "):
            category = "kabupaten"
        elif name.startswith("Kota "):
            category = "kota"
        else:
            fail(f"regency {code} {name!r} starts with neither 'Kabupaten ' nor 'Kota '")
        out.append([code, name, category, province_code, PROVINCES[province_code][1]])
    if renamed != set(RENAMES):
        fail(f"RENAMES entries not found in the source: {sorted(set(RENAMES) - renamed)}")
    assert all(row[4] in REGIONS for row in out)

    os.makedirs(dst, exist_ok=True)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")  # minimal RFC 4180 quoting
    writer.writerow(["code", "name", "category", "province_code", "region"])
    writer.writerows(out)
    with open(os.path.join(dst, "governments.csv"), "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())

    with open(os.path.join(src, "LICENSE"), encoding="utf-8") as f:
        mit = f.read()
    with open(os.path.join(src, "data", "LICENSE.md"), encoding="utf-8") as f:
        odbl = f.read()
    repo = package.get("repository", {}).get("url", "")
    notice = f"""governments.csv in this directory is derived from the npm package
idn-area-data {VERSION} (https://www.npmjs.com/package/idn-area-data/v/{VERSION}),
files data/provinces.csv and data/regencies.csv.

  Author:     {package.get('author', '')}
  Homepage:   {package.get('homepage', '')}
  Repository: {repo}

Contains information from idn-area-data (https://github.com/fityannugroho/idn-area-data),
which is made available here under the Open Database License (ODbL)
(https://opendatacommons.org/licenses/odbl/1-0/).

idn-area-data is licensed in two parts: the package and its code under the MIT License, and
"all data that included in this package" under the Open Database License 1.0 (its README,
section "License"). governments.csv is a Derivative Database of that data and is likewise made
available under the ODbL 1.0; it is not covered by this project's own licence.

Alterations (the complete method is tools/derive-governments.py in this repository):
province and regency/city rows merged into one table; provinces named "Provinsi <name>";
{', '.join(f'"{RENAMES[c][0]}" renamed "{RENAMES[c][1]}"' for c in sorted(RENAMES))};
columns category (provinsi/kabupaten/kota) and region (island region, by province code) added.

Source files used (SHA-256):
  data/provinces.csv  {sha256(provinces_csv)}
  data/regencies.csv  {sha256(regencies_csv)}

========================================================================
idn-area-data package licence (LICENSE), verbatim:
========================================================================

{mit.rstrip(chr(10))}

========================================================================
idn-area-data data licence (data/LICENSE.md), verbatim:
========================================================================

{odbl.rstrip(chr(10))}
"""
    with open(os.path.join(dst, "NOTICE-idn-area-data.txt"), "w", encoding="utf-8", newline="") as f:
        f.write(notice)
    provinces_out = sum(1 for r in out if r[2] == "provinsi")
    print(f"governments.csv: {provinces_out} provinces, {len(out) - provinces_out} regencies/cities")


if __name__ == "__main__":
    main()
