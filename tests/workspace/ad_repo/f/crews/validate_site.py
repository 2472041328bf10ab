def main(site: str, zone: str):
    if not site.startswith("zone/") and "/" not in site:
        raise ValueError(f"not a site path: {site}")
    return {"site": site, "zone": zone, "valid": True}
