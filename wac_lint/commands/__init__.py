"""Click commands, one module each; the CLI group loads them lazily."""
