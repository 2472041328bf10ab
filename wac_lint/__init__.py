"""wac-lint: static analysis for Windmill workflow-as-code scripts."""

from wac_lint.dataclass_code import install as _install_dataclass_code

__version__ = "0.1.0"

_install_dataclass_code()  # before any module of the package defines a dataclass
