"""The Windmill repository a file belongs to, as one program.

`wmill sync pull` writes a workspace as a tree: scripts under `f/` and `u/`,
flows in `.flow/` or `__flow/` folders, script modules in `__mod/` folders,
`wmill.yaml` at the root. This package finds that root, maps Windmill paths
(`f/etl/extract`) to files and back, resolves imports between workspace
scripts the way Windmill's workers do, and keeps a per-run index of what each
script's `main` takes.
"""

from wac_lint.workspace.layout import Target, TargetKind, locate, windmill_path
from wac_lint.workspace.root import Project, find_project

__all__ = ["Project", "Target", "TargetKind", "find_project", "locate", "windmill_path"]
