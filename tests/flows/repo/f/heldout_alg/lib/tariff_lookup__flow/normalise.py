def main(hs_code: str, origin_country: str):
    digits = "".join(ch for ch in hs_code if ch.isdigit())
    if len(digits) < 6:
        raise ValueError(f"HS code {hs_code!r} has fewer than 6 digits")
    return {"code": digits[:10], "origin": origin_country.strip().upper()}
