def main(results: list, max_failure_rate: float = 0.02):
    flat = [r for wave in results for r in (wave or [])]
    failed = [r for r in flat if not r or r.get("error")]
    rate = len(failed) / max(len(flat), 1)
    if rate > max_failure_rate:
        raise RuntimeError(f"{len(failed)} of {len(flat)} devices failed the update ({rate:.1%})")
    return {"updated": len(flat) - len(failed), "failed": len(failed), "rate": rate}
