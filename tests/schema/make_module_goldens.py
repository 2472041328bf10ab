#!/usr/bin/env python3
"""Regenerate the script-module goldens from Windmill itself (needs Node; not run by the tests).

    python tests/schema/make_module_goldens.py [--oracle PATH]

`windmill-oracle script-yaml` places each FILE at its own path and reads back
`<stem>.script.yaml`, so it cannot take a `<path>__mod/` tree (wmill writes
`<path>__mod/script.yaml` there). This script borrows the oracle's installer and
its stand-in server, copies the whole of `module_layout/tree/` (with its
`wmill.yaml`) into a temporary project, runs the real `wmill generate-metadata
--schema-only --yes` there, and copies every metadata file wmill wrote
(`*.script.yaml` and `__mod/script.yaml`) into `module_layout/golden/`.
`golden/written.txt` lists them all, so the tests also know which files wmill
did not write (no metadata for modules or a flow's inline scripts).
"""

from __future__ import annotations

import argparse
import http.server
import importlib.machinery
import importlib.util
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent / "module_layout"
TREE = HERE / "tree"
GOLDEN = HERE / "golden"
DEFAULT_ORACLE = Path("/work/shared/oracle/windmill-oracle")


def load_oracle(path: Path) -> ModuleType:
    loader = importlib.machinery.SourceFileLoader("windmill_oracle", str(path))
    spec = importlib.util.spec_from_loader("windmill_oracle", loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def is_metadata(relative: str) -> bool:
    return relative.endswith((".script.yaml", "__mod/script.yaml"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--oracle", type=Path, default=DEFAULT_ORACLE)
    oracle = load_oracle(parser.parse_args().oracle)
    oracle.setup(quiet=True)
    wmill = oracle.HOME / "node_modules" / ".bin" / "wmill"
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), oracle._StandIn)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with tempfile.TemporaryDirectory(prefix="module-goldens-") as tmp:
            project, config = Path(tmp) / "project", Path(tmp) / "config"
            shutil.copytree(TREE, project)
            config.mkdir()
            env = dict(os.environ, WMILL_CONFIG_DIR=str(config), NO_COLOR="1")
            url = f"http://127.0.0.1:{server.server_address[1]}/"
            subprocess.run(
                [str(wmill), "workspace", "add", "oracle", "oracle", url, "--token", "oracle"],
                cwd=project,
                env=env,
                check=True,
                capture_output=True,
            )
            subprocess.run(
                [str(wmill), "generate-metadata", "--schema-only", "--yes"],
                cwd=project,
                env=env,
                check=True,
                capture_output=True,
            )
            written = sorted(
                p.relative_to(project).as_posix()
                for p in project.rglob("*.yaml")
                if p.is_file() and is_metadata(p.relative_to(project).as_posix())
            )
            shutil.rmtree(GOLDEN, ignore_errors=True)
            for relative in written:
                target = GOLDEN / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy(project / relative, target)
            (GOLDEN / "written.txt").write_text("".join(f"{r}\n" for r in written))
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
