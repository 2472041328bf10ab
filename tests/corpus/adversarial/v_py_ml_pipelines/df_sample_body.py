# SDK: wmill 1.850.0: the body re-runs each round; DataFrame.sample without random_state draws a new sample each time
"""Prompt regression suite: sample evaluation prompts, score each in a task."""
import pandas as pd
from wmill import parallel, task, workflow


@task()
async def load_prompts(suite: str) -> list[dict]:
    import wmill

    return wmill.datatable("evals").query("select id, prompt, expected from prompts where suite = $1", suite).fetch()


@task(timeout=600)
async def score(row: dict) -> dict:
    import openai

    client = openai.OpenAI()
    out = client.responses.create(model="gpt-4.1-mini", input=row["prompt"])
    return {"id": row["id"], "pass": row["expected"].lower() in out.output_text.lower()}


@workflow
async def main(suite: str, n: int = 50):
    df = pd.DataFrame(await load_prompts(suite))
    picked = df.sample(n=min(n, len(df)))  # expect: WAC102
    results = await parallel(picked.to_dict("records"), score, concurrency=8)
    passed = sum(1 for r in results if r["pass"])
    return {"suite": suite, "passed": passed, "total": len(results)}
