def main(kiln_id: str, raw_mv: float, minute: int):
    temp_c = round(raw_mv * 24.3, 1)
    return {"temp_c": temp_c, "minute": minute, "kiln": kiln_id}
