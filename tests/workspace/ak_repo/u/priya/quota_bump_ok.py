"""Bump a project's quota on the project tier (run by hand from the UI)."""

import wmill

from f.rcc.lib.paths import Scripts


def main(project: str, tib: int = 20):
    return wmill.run_script_by_path(Scripts.SET_QUOTA, args={"project": project, "tib": tib, "tier": "project"})
