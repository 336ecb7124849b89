"""One-off check: the committed catalogue agrees, record for record and field for field, with
the shared extract itu-t-catalogue.jsonl of the same upstream commit.

usage: compare-with-jsonl.py data/catalogue/itu-t.json itu-t-catalogue.jsonl
"""
import json, re, sys
catalogue = json.load(open(sys.argv[1]))
jsonl = [json.loads(line) for line in open(sys.argv[2])]
by_id = {p["id"]: p for p in catalogue["publications"]}
group = lambda g: None if g is None else "TSAG" if g == "Telecommunication Standardization Advisory Group" else re.sub(r"^ITU-T Study Group (\d+)$", r"SG\1", g)
stage = {"Published": "in-force", "Withdrawal": "superseded-or-withdrawn", None: None}
slug = lambda i: re.sub(r"[^a-z0-9+]+", "-", i.lower()).strip("-") + ".yaml"
differ = 0
for r in jsonl:
    p = by_id.get(r["docid"])
    want = (r["doctype"], r["edition"], r["published"], r["title"], group(r["group"]), stage[r["stage"]], r["url"], r["file"])
    got = p and (p["doctype"], p.get("edition"), p["published"], p.get("title"), p.get("group"), p.get("stage"), p.get("url"), p.get("file", slug(p["id"])))
    if want != got:
        differ += 1
        print(r["docid"], want, got)
print(len(jsonl), "records in the jsonl,", len(by_id), "in the catalogue,", differ, "differ")
