"""Atomic replacement of a metadata file (the rules live in `wac_lint.writing`)."""

from __future__ import annotations

import os  # noqa: F401 - tests patch `writer.os.replace`

from wac_lint.writing import WriteRefused, atomic_write

__all__ = ["WriteRefused", "atomic_write"]
