"""`wac-lint rules` (the catalogue) and `wac-lint rule CODE` (one rule's docs)."""

from __future__ import annotations

import json

import click

from wac_lint.registry import all_rules, rule_by_code


@click.command()
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
def rules(output_format: str) -> None:
    """List every rule: code, name, severity, summary."""
    catalogue = all_rules()
    if output_format == "json":
        click.echo(json.dumps([r.metadata() for r in catalogue], indent=2))
        return
    width = max(len(r.name) for r in catalogue)
    for r in catalogue:
        fix = " (fix)" if r.fix_kind else ""
        click.echo(f"{r.code}  {r.name:<{width}}  {r.severity:<7}  {r.summary}{fix}")


@click.command()
@click.argument("code")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
def rule(code: str, output_format: str) -> None:
    """Print one rule's documentation (by code, e.g. WAC101, or by name)."""
    found = rule_by_code(code)
    if found is None:
        raise click.UsageError(f"unknown rule '{code}' (see `wac-lint rules`)")
    if output_format == "json":
        click.echo(json.dumps(found.metadata(), indent=2))
        return
    languages = ", ".join(found.languages)
    click.echo(f"# {found.name} ({found.code})\n")
    click.echo(f"Severity: {found.severity}. Languages: {languages}.")
    if found.fix_kind:
        click.echo(f"Fix: {found.fix_kind} available.")
    click.echo(found.docs.rstrip())
    if found.settings:
        click.echo("\n## Settings\n")
        for setting in found.settings:
            click.echo(f"- `{setting.key}` ({setting.kind}): {setting.help}")
