# SDK: wmill 1.850.0: the number of polls is a deterministic function of the checkpointed task results; sleep() keys sleep, sleep_2, ... in body order
"""Training job watcher: poll a SageMaker job a bounded number of times."""
from wmill import sleep, task, workflow

POLL_SECONDS = 300


@task()
async def start_training(job_name: str, image: str, instance: str) -> str:
    import boto3

    boto3.client("sagemaker").create_training_job(
        TrainingJobName=job_name,
        AlgorithmSpecification={"TrainingImage": image, "TrainingInputMode": "File"},
        ResourceConfig={"InstanceType": instance, "InstanceCount": 1, "VolumeSizeInGB": 50},
        RoleArn="arn:aws:iam::123456789012:role/sagemaker",
        StoppingCondition={"MaxRuntimeInSeconds": 86400},
        OutputDataConfig={"S3OutputPath": f"s3://ml-artifacts/{job_name}/"},
    )
    return job_name


@task()
async def job_status(job_name: str) -> str:
    import boto3

    return boto3.client("sagemaker").describe_training_job(TrainingJobName=job_name)["TrainingJobStatus"]


@workflow
async def main(job_name: str, image: str, instance: str = "ml.g5.xlarge", max_hours: int = 12):
    await start_training(job_name, image, instance)
    max_polls = max_hours * 3600 // POLL_SECONDS
    status = "InProgress"
    polls = 0
    while status == "InProgress":
        if polls >= max_polls:
            return {"job": job_name, "status": "deadline", "polls": polls}
        await sleep(POLL_SECONDS)
        status = await job_status(job_name)
        polls += 1
    return {"job": job_name, "status": status, "polls": polls}
