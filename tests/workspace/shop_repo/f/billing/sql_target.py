from wmill import task_script, workflow

top_customers = task_script("f/db/top_customers")


@workflow
async def main():
    return await top_customers(limit="ten")  # expect: WAC402
