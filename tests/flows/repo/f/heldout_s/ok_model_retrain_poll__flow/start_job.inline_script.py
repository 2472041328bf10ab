import time

import boto3


def main(aws: dict, dataset_uri: str, instance_type: str = "ml.m5.2xlarge"):
    sm = boto3.client("sagemaker", region_name=aws["region"])
    job_name = f"demand-{int(time.time())}"
    sm.create_training_job(
        TrainingJobName=job_name,
        AlgorithmSpecification={"TrainingImage": aws["training_image"], "TrainingInputMode": "File"},
        RoleArn=aws["role_arn"],
        InputDataConfig=[{"ChannelName": "train", "DataSource": {"S3DataSource": {"S3DataType": "S3Prefix", "S3Uri": dataset_uri}}}],
        OutputDataConfig={"S3OutputPath": aws["output_path"]},
        ResourceConfig={"InstanceType": instance_type, "InstanceCount": 1, "VolumeSizeInGB": 50},
        StoppingCondition={"MaxRuntimeInSeconds": 4 * 3600},
    )
    return {"job_name": job_name}
