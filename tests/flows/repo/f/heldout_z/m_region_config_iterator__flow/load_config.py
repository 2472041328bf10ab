def main(env: str):
    regions = ["eu-west-1", "eu-central-1"] if env == "staging" else ["eu-west-1", "us-east-1", "ap-south-1"]
    return {"regions": regions, "env": env, "bucket_prefix": f"logs-{env}"}
