#!/usr/bin/env python3
"""Peer: PyYAML's C loader and jsonschema-rs, validating every procedure file of a tree
against procedure.schema.json. Exits 1 when any file is invalid (the benchmark's files are
all valid)."""
import json
import os
import sys

import jsonschema_rs
import yaml

from procedure_files import procedure_files

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "procedure.schema.json"), encoding="utf-8") as handle:
    validator = jsonschema_rs.validator_for(json.load(handle))
failures = 0
for path in procedure_files(sys.argv[1:]):
    with open(path, encoding="utf-8") as handle:
        document = yaml.load(handle, Loader=yaml.CLoader)
    # YAML 1.1 turns dates into date objects; JSON Schema sees text.
    document = json.loads(json.dumps(document, default=str))
    if not validator.is_valid(document):
        failures += 1
print("%d invalid" % failures)
sys.exit(1 if failures else 0)
