#!/usr/bin/env python3
"""Compares two analysis CSVs (gigamap's and PostGIS's) row by row.

Usage: compare_csv.py GIGAMAP.csv POSTGIS.csv KEY[,KEY...]

Rows are matched by the key columns (text, compared exactly); other columns
are equal when their text is equal or, for numbers, when they differ by at
most 1e-6 (metres) or by a relative 1e-9 (sums and areas). Prints "identical"
or every difference (up to 20, then a count), and exits 1 when they differ.
"""
import csv
import sys

ABSOLUTE = 1e-6
RELATIVE = 1e-9


def read(path, keys):
    with open(path, newline="") as f:
        reader = csv.DictReader(f)
        header = reader.fieldnames or []
        rows = {}
        duplicates = 0
        for row in reader:
            key = tuple(row[k] for k in keys)
            if key in rows:
                duplicates += 1
            rows[key] = row
        return header, rows, duplicates


def same(a, b):
    if a == b:
        return True
    try:
        x, y = float(a), float(b)
    except ValueError:
        return False
    return abs(x - y) <= max(ABSOLUTE, RELATIVE * max(abs(x), abs(y)))


def main():
    gigamap_path, postgis_path, key_list = sys.argv[1:4]
    keys = key_list.split(",")
    header_a, a, dup_a = read(gigamap_path, keys)
    header_b, b, dup_b = read(postgis_path, keys)
    problems = []
    if header_a != header_b:
        problems.append(f"headers differ: gigamap {header_a} / PostGIS {header_b}")
    if dup_a or dup_b:
        problems.append(f"duplicate keys: gigamap {dup_a}, PostGIS {dup_b}")
    for key in sorted(set(a) | set(b)):
        if key not in b:
            problems.append(f"only gigamap: {list(a[key].values())}")
        elif key not in a:
            problems.append(f"only PostGIS: {list(b[key].values())}")
        else:
            for column in header_a:
                if column in keys or column not in b[key]:
                    continue
                if not same(a[key][column], b[key][column]):
                    problems.append(f"{'/'.join(key)} {column}: gigamap {a[key][column]} "
                                    f"PostGIS {b[key][column]}")
    if not problems:
        print(f"identical ({len(a)} rows)")
        return 0
    print(f"DIFFERENT: {len(problems)} differences ({len(a)} rows gigamap, {len(b)} PostGIS)")
    for line in problems[:20]:
        print("    " + line)
    if len(problems) > 20:
        print(f"    ... and {len(problems) - 20} more")
    return 1


if __name__ == "__main__":
    sys.exit(main())
