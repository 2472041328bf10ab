"""Tiny REST base the cluster-facing clients share (slurmrestd, Coldfront, Globus)."""

import httpx


class RestBase:
    def __init__(self, base_url: str, token: str = ""):
        self.base_url = base_url.rstrip("/")
        self.token = token

    def _headers(self) -> dict:
        return {"X-SLURM-USER-TOKEN": self.token} if self.token else {}

    def _request(self, method: str, path: str, **kwargs) -> dict:
        with httpx.Client(base_url=self.base_url, headers=self._headers(), timeout=30) as client:
            resp = client.request(method, path, **kwargs)
            resp.raise_for_status()
            return resp.json()

    def url(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"
