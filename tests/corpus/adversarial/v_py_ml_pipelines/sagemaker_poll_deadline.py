# SDK: wmill 1.850.0: sleep() is durable but the body re-runs each round, so time.monotonic() restarts with each process
"""Training job watcher: poll a SageMaker job until it finishes or a deadline passes."""
import time

from wmill import sleep, task, workflow


@task()
async def start_training(job_name: str, image: str, instance: str) -> str:
    import boto3

    sm = boto3.client("sagemaker")
    sm.create_training_job(
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
    started = time.monotonic()  # expect: WAC102
    status = "InProgress"
    while status == "InProgress":
        if time.monotonic() - started > max_hours * 3600:  # expect: WAC102
            return {"job": job_name, "status": "deadline"}
        await sleep(300)
        status = await job_status(job_name)
    return {"job": job_name, "status": status}
