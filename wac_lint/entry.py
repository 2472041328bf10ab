"""The `wac-lint` executable (and `python -m wac_lint`).

A plain `wac-lint check [FLAGS] PATH...`, as pre-commit and editors' "lint on
save" run it, is handed to `check_run.run_check` without loading click (its
import was a tenth of a one-file check's instructions), and a plain `wac-lint
lsp`, as editors start it, to the language server's fast start. Anything else (other
commands, options with values, `--help`, standard input, `--`, an option this
module does not know) goes to the click CLI, which parses and reports exactly as
before; so does everything when `WAC_LINT_CACHE_DIR` is set (click validates it).
"""

from __future__ import annotations

import os
import signal
import sys
from typing import NoReturn

EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it; never 1 ("findings", "stale")

# The boolean flags of `check` the fast path takes, by the option's name.
FLAGS = {
    "--exit-zero": "exit_zero",
    "--statistics": "statistics",
    "--force-exclude": "force_exclude",
    "-q": "quiet",
    "--quiet": "quiet",
    "--fix": "fix",
    "--unsafe-fixes": "unsafe_fixes",
    "--no-cache": "no_cache",
}


def terminate(signum: int, frame: object) -> None:
    """SIGTERM unwinds like Ctrl-C, so temporary files are removed on the way out."""
    raise SystemExit(128 + signum)


def plain_check(argv: list[str]) -> dict[str, object] | None:
    """The options of a `check` command line the fast path can run, else None."""
    if not argv or argv[0] != "check" or "WAC_LINT_CACHE_DIR" in os.environ:
        return None
    from wac_lint.formats import FORMATS

    options: dict[str, object] = {}
    paths: list[str] = []
    args = iter(argv[1:])
    for arg in args:
        if arg in FLAGS:
            options[FLAGS[arg]] = True
        elif arg == "--format":
            value = next(args, None)
            if value not in FORMATS:
                return None
            options["output_format"] = value
        elif arg.startswith("-"):
            return None
        else:
            paths.append(arg)
    options["paths"] = tuple(paths)
    return options


def interrupted() -> NoReturn:
    print("wac-lint: interrupted", file=sys.stderr)
    sys.exit(EXIT_INTERRUPTED)


def internal_error(exc: Exception) -> NoReturn:
    """One line for users; WAC_LINT_DEBUG=1 shows the traceback."""
    if os.environ.get("WAC_LINT_DEBUG"):
        raise exc
    from wac_lint.terminal import printable

    print(printable(f"wac-lint: internal error: {type(exc).__name__}: {exc}"), file=sys.stderr)
    sys.exit(2)


def plain_lsp(argv: list[str]) -> bool:
    """`wac-lint lsp` as editors start it (stdio, default log level), with the
    language server installed."""
    if argv not in (["lsp"], ["lsp", "--stdio"]):
        return False
    from importlib.util import find_spec

    return find_spec("wac_lint.lsp") is not None


def main() -> None:
    if hasattr(signal, "SIGTERM"):
        signal.signal(signal.SIGTERM, terminate)
    if plain_lsp(sys.argv[1:]):
        from wac_lint.commands.lsp_run import configure_logging, serve_stdio

        configure_logging("warning")
        serve_stdio()
        return
    options = plain_check(sys.argv[1:])
    if options is None:
        from wac_lint.cli import main as click_main

        click_main()
        return
    try:
        from wac_lint.commands.check_run import CheckRequest, UsageProblem, run_check

        try:
            status = run_check(CheckRequest(**options))  # type: ignore[arg-type]
        except UsageProblem as exc:  # not reachable with these options; never a traceback
            print(f"wac-lint: error: {exc}", file=sys.stderr)
            status = 2
    except KeyboardInterrupt:
        interrupted()
    except Exception as exc:
        internal_error(exc)
    sys.exit(status)
