def preprocessor(event: dict):
    # S3 trigger: one record per uploaded object
    record = event["body"]["Records"][0]["s3"]
    key = record["object"]["key"]
    return {
        "file": {"s3": key},
        "delimiter": ";" if key.endswith(".semicolon.csv") else ",",
    }
