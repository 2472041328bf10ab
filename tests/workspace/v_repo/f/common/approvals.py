# SDK: wmill 1.850.0 wait_for_approval(key=...): reusing a key in one run raises (keys must be unique)
from f.common.wac import wait_for_approval


class ApprovalGate:
    """An approval step with a fixed key, called like a function: `await finance_gate()`."""

    def __init__(self, key: str, timeout: int = 3600):
        self.key = key
        self.timeout = timeout

    async def __call__(self, description: str | None = None) -> dict:
        return await wait_for_approval(key=self.key, timeout=self.timeout, description=description)


finance_gate = ApprovalGate("finance_signoff", timeout=4 * 3600)
controller_gate = ApprovalGate("controller_signoff", timeout=24 * 3600)
