# SDK: wmill 1.850.0 body code replays each round; botocore.utils.ArnParser.parse_arn splits the string (no client, no request), so routing on it is deterministic
from botocore.utils import ArnParser
from wmill import task, workflow

arns = ArnParser()


@task(timeout=300)
async def invoke_lambda(function_arn: str, payload: dict) -> dict:
    import json

    import boto3

    region = arns.parse_arn(function_arn)["region"]
    resp = boto3.client("lambda", region_name=region).invoke(
        FunctionName=function_arn, Payload=json.dumps(payload).encode()
    )
    return {"status": resp["StatusCode"], "body": json.loads(resp["Payload"].read() or b"null")}


@task(timeout=300)
async def start_execution(state_machine_arn: str, payload: dict) -> str:
    import json

    import boto3

    region = arns.parse_arn(state_machine_arn)["region"]
    sfn = boto3.client("stepfunctions", region_name=region)
    return sfn.start_execution(stateMachineArn=state_machine_arn, input=json.dumps(payload))["executionArn"]


@workflow
async def main(targets: list[str], payload: dict):
    results = []
    for arn in targets:
        parts = arns.parse_arn(arn)
        if parts["service"] == "lambda":
            results.append({"arn": arn, "lambda": await invoke_lambda(arn, payload)})
        elif parts["service"] == "states":
            results.append({"arn": arn, "execution": await start_execution(arn, payload)})
        else:
            results.append({"arn": arn, "skipped": parts["service"]})
    return results
