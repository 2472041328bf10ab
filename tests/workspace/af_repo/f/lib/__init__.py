"""Data platform helpers shared by the ingestion and reporting workflows."""

from .clock import partition_for, utc_now
from .warehouse import Warehouse, run_query, warehouse

__all__ = ["Warehouse", "partition_for", "run_query", "utc_now", "warehouse"]
