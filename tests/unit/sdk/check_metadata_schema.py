#!/usr/bin/env python3
"""app/sdk/module-metadata.schema.json against module JSON files: the valid ones must pass, the
broken ones (test plugins made to be refused) must fail, as ModuleInfo::fromJson decides.

    check_metadata_schema.py <schema> --valid <file>... --invalid <file>...
"""
import json
import sys

import jsonschema


def main(argv):
    schema_path = argv[1]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)

    expect = None
    failures = []
    checked = 0
    for arg in argv[2:]:
        if arg in ("--valid", "--invalid"):
            expect = arg == "--valid"
            continue
        with open(arg, encoding="utf-8") as f:
            document = json.load(f)
        errors = [e.message for e in validator.iter_errors(document)]
        checked += 1
        if expect and errors:
            failures.append(f"{arg}: should be valid: {'; '.join(errors)}")
        elif not expect and not errors:
            failures.append(f"{arg}: should be refused by the schema")

    # Rules of ModuleInfo::fromJson the files above do not show.
    base = {"id": "land", "version": "1", "sdkVersion": "2.0",
            "name": {"th": "ที่ดิน", "en": "Land"}, "services": []}
    inline = {
        "id with capitals": dict(base, id="Land"),
        "sdkVersion as SDK 1 wrote it": dict(base, sdkVersion=1),
        "sdkVersion without a minor": dict(base, sdkVersion="2"),
        "sdkVersion with a patch": dict(base, sdkVersion="2.0.1"),
        "blank version": dict(base, version="  "),
        "empty service code": dict(base, services=[""]),
        "no services": {k: v for k, v in base.items() if k != "services"},
    }
    if not validator.is_valid(base):
        failures.append("the base document should be valid")
    for name, document in inline.items():
        checked += 1
        if validator.is_valid(document):
            failures.append(f"{name}: should be refused by the schema")

    for failure in failures:
        print("FAIL:", failure)
    print(f"{checked} documents checked against {schema_path}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
