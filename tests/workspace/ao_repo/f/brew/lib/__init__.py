"""The brewery's shared Python layer.

Heavy modules load on first use: `from f.brew.lib import sensors` only pays for the
sensor client when a script needs it.
"""

import importlib

_LAZY = {
    "sensors": ".sensors",
    "read_gravity": ".sensors",
    "Batch": ".batch",
}


def __getattr__(name):
    if name in _LAZY:
        module = importlib.import_module(_LAZY[name], __name__)
        return module if _LAZY[name].endswith(name) else getattr(module, name)
    raise AttributeError(name)
