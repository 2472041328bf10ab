# SDK: wmill 1.850.0 task_script wrapper(**kwargs) calls ctx._next_step(name, path, ..., **kwargs): name= is _next_step's own argument.
from wmill import task_script, workflow

tag_contact = task_script("f/crm/tag_contact")


@workflow
async def main(email: str, display_name: str):
    return await tag_contact(email=email, name=display_name, tag="vip")  # expect: WAC301
