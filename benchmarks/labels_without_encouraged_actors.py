"""Run list_entity_labels with the encouraged-actor evidence switched off (issue 19, session 27:
the base of `orgclasses`), to diff against the plain listing:

    .venv/bin/python benchmarks/labels_without_encouraged_actors.py --scale 300 --seed 263 --all --rules
"""

from __future__ import annotations

import runpy
import sys

from policykg.ingest.extract import body_classes

body_classes.encouraged_actors = lambda text, start=0, end=None: frozenset()
sys.argv = ["benchmarks/list_entity_labels.py", *sys.argv[1:]]
runpy.run_path("benchmarks/list_entity_labels.py", run_name="__main__")
