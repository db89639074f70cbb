#!/usr/bin/env python3
"""Sums the TRX results of every test project (and the test.d scripts' outcomes) into one line:
"N passed, N failed, N skipped". A project whose TRX is missing (it crashed before writing one) counts as failed.
Usage: test_summary.py TRX_DIR SCRIPTS_PASSED SCRIPTS_FAILED"""
import glob
import os
import sys
import xml.etree.ElementTree as ET

NS = "{http://microsoft.com/schemas/VisualStudio/TeamTest/2010}"


def main(folder, scripts_passed, scripts_failed):
    passed, failed, skipped = int(scripts_passed), int(scripts_failed), 0
    projects = sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "*", "*.Tests.csproj")))
    for project in projects:
        name = os.path.splitext(os.path.basename(project))[0]
        trx = os.path.join(folder, name + ".trx")
        if not os.path.exists(trx):
            print(f"[test] {name}: no results (the test host crashed or did not start)")
            failed += 1
            continue
        counters = ET.parse(trx).getroot().find(f"{NS}ResultSummary/{NS}Counters")
        p, f = int(counters.get("passed")), int(counters.get("failed")) + int(counters.get("error", 0))
        s = int(counters.get("total")) - int(counters.get("executed"))
        passed, failed, skipped = passed + p, failed + f, skipped + s
    line = f"{passed} passed, {failed} failed"
    print(line + (f", {skipped} skipped" if skipped else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
