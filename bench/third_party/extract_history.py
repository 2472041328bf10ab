"""Lay out every WAC script a git repository ever held, for evaluate.py.

    python bench/third_party/extract_history.py GIT_DIR OUT

A benchmark repository that rewrites its history keeps most of its scripts in old
commits only. This writes each distinct WAC script (by content) once, under
`OUT/<commit7>/<path>` for the oldest commit holding it, with what wac-lint reads beside
it in that commit (`<stem>.script.yaml`, `wmill.yaml` above it), so that
`evaluate.py OUT` checks all of them. Reads git objects only: `git --git-dir`, no checkout,
nothing executed. Blobs missing from a partial mirror are skipped.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path, PurePosixPath

sys.path.insert(0, str(Path(__file__).resolve().parent))
from evaluate import SKIP_DIRS, is_wac_text  # noqa: E402


def git(git_dir: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", f"--git-dir={git_dir}", *args], capture_output=True, check=True
    ).stdout


def blob(git_dir: Path, sha: str) -> bytes | None:
    proc = subprocess.run(
        ["git", f"--git-dir={git_dir}", "cat-file", "blob", sha], capture_output=True
    )
    return proc.stdout if proc.returncode == 0 else None


def tree(git_dir: Path, commit: str) -> dict[str, str]:
    out = {}
    for line in git(git_dir, "ls-tree", "-r", commit).decode().splitlines():
        meta, path = line.split("\t", 1)
        _, kind, sha = meta.split()
        if kind == "blob" and not SKIP_DIRS.intersection(PurePosixPath(path).parts):
            out[path] = sha
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("git_dir", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)

    commits = git(args.git_dir, "rev-list", "--all", "--reverse").decode().split()
    seen: set[str] = set()
    written = 0
    for commit in commits:
        files = tree(args.git_dir, commit)
        for path, sha in sorted(files.items()):
            suffix = PurePosixPath(path).suffix
            if suffix not in (".py", ".ts", ".tsx") or sha in seen:
                continue
            seen.add(sha)
            data = blob(args.git_dir, sha)
            if data is None or not is_wac_text(data.decode("utf-8", "replace"), suffix):
                continue
            base = args.out / commit[:7]
            extras = [str(PurePosixPath(path).with_suffix(".script.yaml"))]
            extras += [str(p / "wmill.yaml") for p in PurePosixPath(path).parents]
            for rel, content in [(path, data)] + [
                (e, blob(args.git_dir, files[e])) for e in extras if e in files
            ]:
                if content is not None:
                    target = base / rel
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(content)
            written += 1
    print(f"{written} WAC scripts from {len(commits)} commits written under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
