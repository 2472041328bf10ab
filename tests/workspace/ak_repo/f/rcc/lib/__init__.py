"""Research Computing shared helpers (kept importable from a laptop checkout too)."""

from f.rcc.lib.slurm import SlurmRest, cluster  # noqa: F401
