# SDK: wmill 1.850.0 client.py: a step's callback runs once and is checkpointed; building the `DiscordWebhook` and its embed is local, `execute()` runs in the step.
from discord_webhook import DiscordEmbed, DiscordWebhook

from wmill import step, task, workflow


@task()
async def deploy(service: str) -> str:
    return "v42"


@workflow
async def main(service: str, hook_url: str):
    version = await deploy(service)
    hook = DiscordWebhook(url=hook_url, content=f"{service} deployed")
    hook.add_embed(DiscordEmbed(title=service, description=version))
    status = await step("announce", lambda: hook.execute().status_code)
    return {"version": version, "status": status}
