def main(variants: list):
    return {v["width"]: v["key"] for v in variants}
