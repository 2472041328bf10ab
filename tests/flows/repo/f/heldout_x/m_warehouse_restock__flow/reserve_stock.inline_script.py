def main(lines: list):
    reserved = [l for l in lines if l["qty"] <= 20]
    unreserved = [l for l in lines if l["qty"] > 20]
    return {"reserved": reserved, "unreserved": unreserved}
