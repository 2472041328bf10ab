def main(header: list[str], expected: list[str]):
    normalized = [h.strip().lower() for h in header]
    missing = [c for c in expected if c not in normalized]
    return {"valid": not missing, "missing": missing}
