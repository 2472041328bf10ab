from datetime import datetime
from typing import Optional


def main(year: int, quarter: int, as_of: Optional[datetime] = None):
    start_month = 3 * (quarter - 1) + 1
    return {
        "start": f"{year}-{start_month:02d}-01",
        "months": 3,
        "label": f"Q{quarter} {year}",
        "as_of": as_of.isoformat() if as_of else None,
    }
