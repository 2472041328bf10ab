"""slurmrestd client and sbatch helpers."""

from f.rcc.lib.rest import RestBase

SLURMRESTD = "https://slurm.rcc.example.edu/slurm/v0.0.40"


class SlurmRest(RestBase):
    def submit(self, script: str, partition: str, account: str) -> dict:
        job = {"partition": partition, "account": account, "environment": ["PATH=/usr/bin:/bin"]}
        return self._request("POST", "/job/submit", json={"script": script, "job": job})

    def cancel(self, job_id: int) -> dict:
        return self._request("DELETE", f"/job/{job_id}")

    def partitions(self) -> list:
        return self._request("GET", "/partitions")["partitions"]


def cluster(token: str = "") -> SlurmRest:
    return SlurmRest(SLURMRESTD, token)


def render_batch(command: str, array: str, mem_gb: int = 4, hours: int = 1) -> str:
    return "\n".join(
        [
            "#!/bin/bash",
            f"#SBATCH --array={array}",
            f"#SBATCH --mem={mem_gb}G",
            f"#SBATCH --time={hours:02d}:00:00",
            command,
        ]
    )
