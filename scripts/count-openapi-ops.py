#!/usr/bin/env python3
"""Counts the operations of OpenAPI 3.x / Swagger 2.0 documents, independently of the reader
under test: every HTTP method key (get, put, post, delete, options, head, patch, trace) of
every path item under `paths` (a path item given as a local `$ref` is followed).

    scripts/count-openapi-ops.py DOC...   ->   operations<TAB>version<TAB>DOC  per document

JSON is read with the standard library; YAML needs PyYAML (read with its BaseLoader: every
scalar a string, so no number or date is interpreted)."""
import json
import sys

METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def load(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    if text.lstrip("\ufeff \t\r\n").startswith("{"):
        return json.loads(text.lstrip("\ufeff"))
    import yaml  # PyYAML

    return yaml.load(text, Loader=yaml.BaseLoader)


def resolve(doc, ref):
    node = doc
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def count(doc):
    n = 0
    for item in (doc.get("paths") or {}).values():
        if isinstance(item, dict) and str(item.get("$ref", "")).startswith("#/"):
            item = resolve(doc, item["$ref"])
        if isinstance(item, dict):
            n += sum(1 for key in item if key in METHODS)
    return n


def main(paths):
    for path in paths:
        doc = load(path)
        version = doc.get("openapi") or doc.get("swagger") or "?"
        print(f"{count(doc)}\t{version}\t{path}")


if __name__ == "__main__":
    main(sys.argv[1:])
