#!/usr/bin/env python3
"""Peer: Yamale, validating every procedure file of a tree against procedure.yamale."""
import os
import sys

import yamale

from procedure_files import procedure_files

here = os.path.dirname(os.path.abspath(__file__))
schema = yamale.make_schema(os.path.join(here, "procedure.yamale"), parser="ruamel")
failures = 0
for path in procedure_files(sys.argv[1:]):
    try:
        yamale.validate(schema, yamale.make_data(path, parser="ruamel"))
    except yamale.YamaleError:
        failures += 1
print("%d invalid" % failures)
sys.exit(1 if failures else 0)
