def main(incident_id: str, paged: list):
    # a real check would ask PagerDuty; the flow stops when someone acked
    return {"acknowledged": False, "incident_id": incident_id, "asked": len(paged)}
