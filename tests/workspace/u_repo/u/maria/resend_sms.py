# SDK: wmill 1.850.0 task() passes the given keywords to send_sms(phone, body) in its own job: without `phone` it raises TypeError there
import f.common.tasks as shared
from wmill import workflow

from f.common.config import SETTINGS, env_region


@workflow
async def main(customer_phone: str, text: str):
    region = env_region()  # expect: WAC102
    regions = SETTINGS.region_map  # expect: WAC101
    label = regions.get(region, region)
    receipt = await shared.send_sms(body=f"[{label}] {text}")  # expect: WAC402
    return {"receipt": receipt, "sender": SETTINGS.sms_sender}
