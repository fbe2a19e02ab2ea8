#!/usr/bin/env python3
"""Turns Mozilla compare-locales' JSON report into a pass/fail gate for the test command.

compare-locales itself exits 0 when strings are missing or obsolete (it only fails on errors),
but for HipAid a missing string means a patient reads English, so any error, missing or
obsolete entry fails here. Warnings are printed and allowed.

Usage: compare-locales --json report.json l10n.toml . && compare-locales-gate.py report.json
"""

import json
import pathlib
import sys
import tomllib

ROOT = pathlib.Path(__file__).resolve().parent.parent


def partial(locale):
    """The reason a locale is knowingly partial (`partial` in its locale.toml), or None."""
    path = ROOT / "locales" / locale / "locale.toml"
    try:
        with open(path, "rb") as f:
            return tomllib.load(f).get("partial")
    except OSError:
        return None


def main(path):
    with open(path, encoding="utf-8") as f:
        runs = json.load(f)
    failed = False
    for run in runs:
        for locale, s in sorted(run.get("summary", {}).items()):
            kinds = ("errors", "obsolete") if partial(locale) else ("errors", "missing", "obsolete")
            bad = {k: s.get(k, 0) for k in kinds if s.get(k, 0)}
            line = (
                f"{locale:6} errors {s.get('errors', 0)}, missing {s.get('missing', 0)}, "
                f"obsolete {s.get('obsolete', 0)}, warnings {s.get('warnings', 0)}"
            )
            why = partial(locale)
            print(("FAIL " if bad else "ok   ") + line + (f" (partial: {why})" if why else ""))
            failed = failed or bool(bad)
        for where, files in sorted(run.get("details", {}).items()):
            for name, entries in sorted(files.items()):
                for entry in entries:
                    for kind, what in entry.items():
                        print(f"  {where}/{name}: {kind}: {what}")
    if failed:
        print("compare-locales: some locales are incomplete or have errors")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
