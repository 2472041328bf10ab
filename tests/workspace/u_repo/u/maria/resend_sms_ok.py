# SDK: wmill 1.850.0 step() checkpoints the region lookup; a plain @property returning a constant does no I/O
import f.common.tasks as shared
from wmill import step, workflow

from f.common.config import SETTINGS, env_region


@workflow
async def main(customer_phone: str, text: str):
    region = await step("region", env_region)
    regions = await step("regions", lambda: SETTINGS.region_map)
    label = regions.get(region, region)
    receipt = await shared.send_sms(phone=customer_phone, body=f"[{label}] {text}")
    return {"receipt": receipt, "sender": SETTINGS.sms_sender}
