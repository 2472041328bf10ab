"""The long fuzz run: `python bench/fuzz.py --minutes 30`.

Cases (mutated corpus scripts and generated WAC scripts, sometimes with a
mutated `.script.yaml` or configuration) go round-robin through `check`,
`graph`, `schema --stdout`, `schema`, `check --fix` and `check --fix
--unsafe-fixes`, in process; every property of `tests/fuzz/targets.py` is
checked on each. Failures are grouped by kind, tagged with the issue they are
known under, shrunk to a minimal repro, and written to `bench/results/fuzz/`
(`fuzz.json` and `repros/<id>/`). The same seed gives the same inputs.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fuzz.campaign import Campaign, save  # noqa: E402
from tests.fuzz.targets import Target  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0, help="time budget (default 5)")
    parser.add_argument("--seed", type=int, default=0, help="master seed (default 0)")
    parser.add_argument(
        "--target",
        action="append",
        choices=[t.name.lower() for t in Target],
        help="only these targets (repeatable; default all)",
    )
    parser.add_argument("--timeout", type=float, default=20.0, help="hang bound per input (s)")
    parser.add_argument(
        "--shrink-seconds", type=float, default=60.0, help="time to minimize each failure"
    )
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "results" / "fuzz")
    parser.add_argument(
        "--replay",
        nargs=2,
        metavar=("TARGET", "SEED"),
        help="run one case (a seed printed by a failing test), shrink it, print the repro",
    )
    args = parser.parse_args()
    if args.replay:
        return replay(Target[args.replay[0].upper()], int(args.replay[1]), args)
    targets = [Target[t.upper()] for t in args.target] if args.target else list(Target)
    campaign = Campaign(args.seed, targets, args.timeout)
    campaign.run(args.minutes, progress=True)
    print(campaign.summary_line(), "- shrinking", flush=True)
    save(campaign.report(), campaign.failures, args.out)  # the figures first, unshrunk
    campaign.shrink_all(args.shrink_seconds)
    report = campaign.report()
    save(report, campaign.failures, args.out)
    print(json.dumps(report["per_target"], indent=2))
    for failure in report["failures"]:  # type: ignore[attr-defined]
        print(f"- {failure['signature']} x{failure['count']} ({failure['known'] or 'NEW'})")
    print(f"report: {args.out / 'fuzz.json'}")
    return 0


def replay(target: Target, seed: int, args: argparse.Namespace) -> int:
    campaign = Campaign(seed, [target], args.timeout)
    violations = campaign.one(target, seed)
    if not violations:
        print(f"{target.value}, seed {seed}: every property holds")
        return 0
    for violation in violations:
        print(violation)
    campaign.shrink_all(args.shrink_seconds)
    for failure in campaign.failures.values():
        case = failure.repro or failure.case
        print(f"--- {failure.signature}; repro files:")
        for name, data in case.files.items():
            print(f"{name}: {data!r}")
        for name, link in case.links.items():
            print(f"{name} -> {link}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
