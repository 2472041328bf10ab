"""SHA-256 for cache keys and fingerprints, without loading OpenSSL.

`import hashlib` loads libcrypto (about 10 ms, a large share of a one-file
check's start-up); CPython's own SHA-256 module gives the same digests.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache
from typing import Any


@cache
def _constructor() -> Callable[..., Any]:
    for module, name in (("_sha2", "sha256"), ("_sha256", "sha256")):  # 3.12+, then 3.10-3.11
        try:
            return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]
        except (ImportError, AttributeError):
            continue
    import hashlib

    return hashlib.sha256


def sha256(data: bytes = b"") -> Any:
    """A `hashlib.sha256`-compatible object."""
    return _constructor()(data)
