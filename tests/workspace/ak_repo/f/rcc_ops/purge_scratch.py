"""Delete files older than N days under a scratch path."""

import os
import time


def main(path: str, older_than_days: int = 60, dry_run: bool = True):
    cutoff = time.time() - older_than_days * 86400
    doomed = []
    for root, _dirs, files in os.walk(path):
        for name in files:
            full = os.path.join(root, name)
            if os.path.getmtime(full) < cutoff:
                doomed.append(full)
    if not dry_run:
        for full in doomed:
            os.remove(full)
    return {"path": path, "files": len(doomed), "dry_run": dry_run}
