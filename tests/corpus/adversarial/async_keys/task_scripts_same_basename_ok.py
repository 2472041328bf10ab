# SDK: wmill 1.850.0 client.py task_script(): the step name is the path's last segment, so f/crm/extract and f/erp/extract get keys extract and extract_2, allocated in call order on every replay.
from wmill import task_script, workflow

extract_crm = task_script("f/crm/extract")
extract_erp = task_script("f/erp/extract")


@workflow
async def main(day: str):
    crm = await extract_crm(day=day)
    erp = await extract_erp(day=day)
    return {"crm": crm, "erp": erp}
