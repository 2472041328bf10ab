# SDK: wmill 1.850.0 replays the body; ..common.util (f/common/util.py) slugify is pure string work.
from wmill import task_script, workflow

from ..common.util import slugify

tag_contact_by_slug = task_script("f/crm/upsert_contact")


@workflow
async def main(email: str, company: str):
    slug = slugify(company)
    return await tag_contact_by_slug(email=email, full_name=email, company=company, tags=[slug])
