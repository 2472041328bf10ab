"""Bump a project's scratch quota (run by hand from the UI)."""

import wmill

from f.rcc.lib.paths import Scripts


def main(project: str, tib: int = 20):
    return wmill.run_script_by_path(Scripts.SET_QUOTA, args={"project": project, "tb": tib})  # expect: WAC402
