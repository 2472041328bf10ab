"""wac-lint: static analysis for Windmill workflow-as-code scripts."""

__version__ = "0.1.0"
