def main(bucket: str, prefix: str = ""):
    return {"keys": [f"{prefix}a.jpg", f"{prefix}b.jpg"], "bucket": bucket}
