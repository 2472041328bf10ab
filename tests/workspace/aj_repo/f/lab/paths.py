"""Workspace paths of the scripts and flows the lab workflows run."""

FETCH_RESULTS = "f/lab_ops/fetch_results"
PAGE = "f/lab_ops/page_oncall"


class Flows:
    CLAIMS = "f/billing/claims_batch"
    CRITICAL = "f/results/critical_callback"
