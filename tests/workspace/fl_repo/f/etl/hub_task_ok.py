import wmill
from wmill import task_script, workflow

# a Windmill Hub script: Windmill fetches it from the Hub, it is in no repository
post = task_script("hub/19/slack/send_message_to_channel")


@workflow
async def main(text: str):
    return await post(channel="ops", text=text)


def notify(text: str):
    return wmill.run_script_by_path("hub/19/slack/send_message_to_channel", args={"text": text})
