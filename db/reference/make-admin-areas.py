#!/usr/bin/env python3
"""Makes admin-areas.jsonl, the reference data set `admin-areas` (modules/complaints/README.md,
"Reference data it reads"), from the thailand-geography data set's provinces.json,
districts.json and subdistricts.json.

One JSON object a line, sorted by key, so remaking it from the same source gives the same bytes
and a new release of the source shows in a diff as only what changed:

    {"key": "p10", "code": "10", "th": "กรุงเทพมหานคร", "en": "Bangkok", "parent": ""}
    {"key": "d1001", "code": "1001", "th": "พระนคร", "en": "Phra Nakhon", "parent": "10"}
    {"key": "t100101", "code": "100101", "th": "พระบรมมหาราชวัง",
     "en": "Phra Borom Maha Ratchawang", "parent": "1001", "postalCode": "10200"}

(each on one line). Codes are text: they are names, never numbers to add (a postal code
"10200" is not ten thousand two hundred). Python's standard library only.

    python3 db/reference/make-admin-areas.py [--source DIR] [--output FILE|-]
"""

import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# The repository's sibling `shared/` folder, where the team keeps the source data sets.
DEFAULT_SOURCE = os.path.normpath(
    os.path.join(HERE, "..", "..", "..", "shared", "data", "thailand-geography"))
DEFAULT_OUTPUT = os.path.join(HERE, "admin-areas.jsonl")


# English names the source has wrong, with the name that is right (RTGS, as the rest of the
# source writes them): key -> (the source's name, the right one). In Bueng Kan (province 38, made
# from Nong Khai in 2011) the source gives the tambons of Mueang Bueng Kan the names of Seka's,
# Seka's those of Pak Khat's, and Pak Khat's those of Bueng Khong Long's; the Thai names, codes and
# postal codes are right. A correction applies only while the source still has the wrong name, so
# a fixed release of the source is taken as it is (and the script says the entry can go).
CORRECTIONS = {
    "t380101": ("Seka", "Bueng Kan"),
    "t380102": ("Sang", "Non Sombun"),
    "t380103": ("Tha Kok Daeng", "Non Sawang"),
    "t380104": ("Ban Tong", "Ho Kham"),
    "t380105": ("Pong Hai", "Nong Loeng"),
    "t380106": ("Nam Chan", "Khok Kong"),
    "t380107": ("Tha Sa-At", "Na Sawan"),
    "t380108": ("Nong Thum", "Khai Si"),
    "t380109": ("Sok Kam", "Chaiyaphon"),
    "t380401": ("Pak Khat", "Seka"),
    "t380402": ("Nong Yong", "Sang"),
    "t380403": ("Na Kang", "Tha Kok Daeng"),
    "t380404": ("Non Sila", "Ban Tong"),
    "t380405": ("Som Sanuk", "Pong Hai"),
    "t380406": ("Na Dong", "Nam Chan"),
    "t380501": ("Bueng Khong Long", "Pak Khat"),
    "t380502": ("Pho Mak Khaeng", "Nong Yong"),
    "t380503": ("Dong Bang", "Na Kang"),
    "t380504": ("Tha Dok Kham", "Non Sila"),
}


class SourceError(Exception):
    pass


def correct(items):
    for key, (wrong, right) in sorted(CORRECTIONS.items()):
        item = items.get(key)
        if item is None:
            continue  # not in this source (a part of it, in a test)
        if item["en"] == wrong:
            item["en"] = right
        else:
            print(f"make-admin-areas: the source now has {item['en']!r} for {key}, not "
                  f"{wrong!r}: its CORRECTIONS entry can go", file=sys.stderr)


def load(source, name):
    path = os.path.join(source, name)
    try:
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
    except OSError as e:
        raise SourceError(f"{path} cannot be read: {e.strerror}")
    except ValueError as e:
        raise SourceError(f"{path} is not JSON: {e}")
    if not isinstance(data, list):
        raise SourceError(f"{path}: expected a JSON array of objects")
    return path, data


def name(path, row, field):
    value = row.get(field)
    if not isinstance(value, str) or not value.strip():
        raise SourceError(f"{path}: {row.get('id')!r} has no {field}")
    # The source has trailing spaces in some English names ("Thawi Watthana "): a lookup by
    # name, and the screens, want the name alone.
    return re.sub(r"\s+", " ", value.strip())


def code(path, row, field, digits):
    value = row.get(field)
    if isinstance(value, bool) or not isinstance(value, int) or len(str(value)) != digits:
        raise SourceError(f"{path}: {row.get('id')!r} has no {digits}-digit {field}: {value!r}")
    return str(value)


def make_items(source):
    items = {}

    def add(path, key, item):
        if key in items:
            raise SourceError(f"{path}: {key} appears twice")
        items[key] = item

    path, provinces = load(source, "provinces.json")
    for row in provinces:
        c = code(path, row, "provinceCode", 2)
        add(path, "p" + c, {"key": "p" + c, "code": c, "th": name(path, row, "provinceNameTh"),
                            "en": name(path, row, "provinceNameEn"), "parent": ""})

    path, districts = load(source, "districts.json")
    for row in districts:
        c = code(path, row, "districtCode", 4)
        parent = code(path, row, "provinceCode", 2)
        # An amphoe's code begins with its province's (the Department of Provincial
        # Administration's numbering); a row that says otherwise is a fault in the source.
        if not c.startswith(parent) or "p" + parent not in items:
            raise SourceError(f"{path}: amphoe {c} names province {parent}")
        add(path, "d" + c, {"key": "d" + c, "code": c, "th": name(path, row, "districtNameTh"),
                            "en": name(path, row, "districtNameEn"), "parent": parent})

    path, subdistricts = load(source, "subdistricts.json")
    for row in subdistricts:
        c = code(path, row, "subdistrictCode", 6)
        parent = code(path, row, "districtCode", 4)
        if not c.startswith(parent) or "d" + parent not in items:
            raise SourceError(f"{path}: tambon {c} names amphoe {parent}")
        add(path, "t" + c, {"key": "t" + c, "code": c,
                            "th": name(path, row, "subdistrictNameTh"),
                            "en": name(path, row, "subdistrictNameEn"), "parent": parent,
                            "postalCode": code(path, row, "postalCode", 5)})
    correct(items)
    return [items[k] for k in sorted(items)]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", default=DEFAULT_SOURCE,
                        help="folder with provinces.json, districts.json, subdistricts.json "
                             "(default: %(default)s)")
    parser.add_argument("--output", default=DEFAULT_OUTPUT,
                        help="file to write, - for standard output (default: %(default)s)")
    args = parser.parse_args()
    try:
        items = make_items(args.source)
    except SourceError as e:
        print(f"make-admin-areas: {e}; nothing written", file=sys.stderr)
        return 1
    text = "".join(json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n"
                   for item in items)
    if args.output == "-":
        sys.stdout.write(text)
    else:
        # Written beside and renamed over, so a failure never leaves half a file.
        temporary = args.output + ".part"
        with open(temporary, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(temporary, args.output)
    counts = {level: sum(1 for i in items if i["key"][0] == level) for level in "pdt"}
    print(f"make-admin-areas: {counts['p']} provinces, {counts['d']} amphoes, "
          f"{counts['t']} tambons", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
