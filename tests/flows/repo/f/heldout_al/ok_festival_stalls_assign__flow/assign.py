def main(stall_id: str, vendor: str, zone: str, generator: str, note: str = ""):
    return {"stall_id": stall_id, "vendor": vendor, "generator": generator, "note": note}
