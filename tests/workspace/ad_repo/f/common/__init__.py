# Convenience re-exports so notebooks can `from f.common import Api, fmt_m3`.
# (Windmill itself never runs this file.)
from f.common.http import Api, get_json  # noqa: F401


def fmt_m3(value: float) -> str:
    return f"{value:,.2f} m³"
