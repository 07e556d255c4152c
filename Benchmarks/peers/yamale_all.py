#!/usr/bin/env python3
"""Peer: Yamale, validating every procedure file of a tree against procedure.yamale."""
import os
import sys

import yamale

here = os.path.dirname(os.path.abspath(__file__))
schema = yamale.make_schema(os.path.join(here, "procedure.yamale"), parser="ruamel")
failures = 0
for root in sys.argv[1:]:
    for folder, _, names in os.walk(root):
        for name in names:
            if not name.endswith(".yaml") or folder == root:
                continue
            try:
                yamale.validate(schema, yamale.make_data(os.path.join(folder, name), parser="ruamel"))
            except yamale.YamaleError:
                failures += 1
print("%d invalid" % failures)
sys.exit(1 if failures else 0)
