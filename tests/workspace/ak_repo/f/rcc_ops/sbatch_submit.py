"""Submit a batch script to slurmrestd."""

import requests


def main(script: str, partition: str, account: str, qos: str = "normal"):
    resp = requests.post(
        "https://slurm.rcc.example.edu/slurm/v0.0.40/job/submit",
        json={"script": script, "job": {"partition": partition, "account": account, "qos": qos}},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()
