"""`wac-lint graph FILE [--format json|mermaid|dot]`."""

from __future__ import annotations

import sys

import click

from wac_lint.engine import InputError, source_from_bytes
from wac_lint.gc_policy import tune_for_analysis
from wac_lint.graph import GraphError, graph_for_file, graph_for_source
from wac_lint.graph.render import FORMATS, render
from wac_lint.terminal import printable

EXIT_OK, EXIT_NO_GRAPH, EXIT_ERROR = 0, 1, 2


@click.command()
@click.argument("file", type=click.Path(readable=False))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(FORMATS),
    default="json",
    show_default=True,
    help="Output format.",
)
@click.option("--stdin-filename", help="The name (and language) of the file read from `-`.")
def graph(file: str, output_format: str, stdin_filename: str | None) -> None:
    """Print the workflow's task/step graph, with the SDK's checkpoint keys.

    Exit status: 0 with a graph, 1 when FILE has no workflow (or cannot be
    read), 2 on a usage or internal error.
    """
    tune_for_analysis()
    try:
        if file == "-":
            if not stdin_filename:
                raise click.UsageError("reading `-` needs --stdin-filename (for the language)")
            source = source_from_bytes(sys.stdin.buffer.read(), stdin_filename)
            result = graph_for_source(source)
        else:
            result = graph_for_file(file)
    except (GraphError, InputError) as exc:
        click.echo(printable(f"wac-lint: {exc}"), err=True)
        sys.exit(EXIT_NO_GRAPH)
    except click.UsageError:
        raise
    except Exception as exc:  # a bug must still end in one line, not a traceback
        click.echo(
            printable(
                f"wac-lint: internal error while drawing {file}: {type(exc).__name__}: {exc}"
            ),
            err=True,
        )
        sys.exit(EXIT_ERROR)
    for warning in result.warnings:
        click.echo(printable(f"wac-lint: warning: {warning}"), err=True)
    click.echo(render(result, output_format), nl=False)
