"""Feature flags, served by the flag service (each lookup is an HTTP request)."""

import requests

FLAG_SERVICE = "https://flags.internal/api/v1"


class FeatureFlags:
    def __init__(self, environment: str = "production"):
        self.environment = environment

    def __contains__(self, flag: str) -> bool:
        resp = requests.get(
            f"{FLAG_SERVICE}/{self.environment}/flags/{flag}", timeout=5
        )
        return resp.ok and resp.json().get("enabled", False)

    def __getitem__(self, flag: str) -> dict:
        return requests.get(f"{FLAG_SERVICE}/{self.environment}/flags/{flag}", timeout=5).json()

    def describe(self, flag: str) -> str:
        return f"{self.environment}:{flag}"


flags = FeatureFlags()
