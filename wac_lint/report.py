"""A check run as every output format sees it, and findings as plain data.

`Report` is what the formats in `wac_lint.formats` render; `finding_dict` is
the JSON shape of one finding (also used by tests); `as_dict` / `from_dict`
are the lossless form the cache stores.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from wac_lint.rule import Edit, Finding, Fix, Related, RuleError


@dataclass
class Report:
    """What the command line prints: findings, problems and the summary."""

    findings: list[Finding]
    files_checked: int
    problems: list[str] = field(default_factory=list)  # files that could not be checked
    show_summary: bool = True
    statistics: bool = False
    files: list[str] = field(default_factory=list)  # names of the checked files, in order
    rule_errors: list[RuleError] = field(default_factory=list)


def finding_dict(f: Finding) -> dict[str, object]:
    return {
        "code": f.code,
        "name": f.name,
        "message": f.message,
        "severity": f.severity,
        "filename": f.filename,
        "location": {"row": f.row, "column": f.column},
        "end_location": {"row": f.end_row, "column": f.end_column},
        "fix": fix_dict(f),
        "related": [
            {
                "filename": r.filename,
                "location": {"row": r.row, "column": r.column},
                "end_location": {"row": r.end_row, "column": r.end_column},
                "message": r.message,
            }
            for r in f.related
        ],
    }


def fix_dict(f: Finding) -> dict[str, object] | None:
    if f.fix is None:
        return None
    return {
        "message": f.fix.message,
        "applicability": f.fix.applicability,
        "edits": [
            {
                "content": e.content,
                "location": {"row": e.row, "column": e.column},
                "end_location": {"row": e.end_row, "column": e.end_column},
            }
            for e in f.fix.edits
        ],
    }


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def as_dict(finding: Finding) -> dict[str, object]:
    """Lossless form (used by the cache)."""
    return asdict(finding)


def from_dict(data: dict[str, object]) -> Finding:
    """The inverse of `as_dict`; raises KeyError/TypeError on a malformed entry."""
    values = dict(data)
    fix = values.pop("fix", None)
    if fix is not None:
        if not isinstance(fix, dict):
            raise TypeError("fix must be an object")
        edits = tuple(Edit(**e) for e in fix["edits"])
        values["fix"] = Fix(fix["message"], edits, fix.get("applicability", "safe"))
    related = values.pop("related", ())
    if not isinstance(related, (list, tuple)):
        raise TypeError("related must be a list")
    values["related"] = tuple(Related(**r) for r in related)
    return Finding(**values)  # type: ignore[arg-type]
