# SDK: wmill 1.850.0 client.py task_flow wrapper: `ctx._next_step(name, path, dispatch_type="flow", **kwargs)` -> `script=` collides with _next_step's second parameter (TypeError).
from wmill import task_flow, workflow

run_linter = task_flow("f/ci/lint_repository")


@workflow
async def main(repo: str, script: str = "lint.sh"):
    return await run_linter(repo=repo, script=script)  # expect: WAC301
