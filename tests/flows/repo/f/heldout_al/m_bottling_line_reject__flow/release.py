def main(line: str, pallets: list):
    return {"line": line, "released": len(pallets)}
