import boto3


def main(aws: dict, job_name: str, polls_so_far: int = 0):
    sm = boto3.client("sagemaker", region_name=aws["region"])
    job = sm.describe_training_job(TrainingJobName=job_name)
    return {
        "status": job["TrainingJobStatus"],
        "polls": polls_so_far + 1,
        "model_artifact": job.get("ModelArtifacts", {}).get("S3ModelArtifacts"),
        "metrics": {m["MetricName"]: m["Value"] for m in job.get("FinalMetricDataList", [])},
    }
