# SDK: wmill 1.850.0 client.py workflow(): logging in to the mailbox in the body reconnects (and re-reads) on every replay.
import imaplib

from wmill import task, workflow


@task()
async def file_invoices(count: int) -> int:
    return count


@workflow
async def main(host: str, user: str, password: str):
    box = imaplib.IMAP4_SSL(host)  # expect: WAC101
    count = 0
    return await file_invoices(count + len(user) + len(password) + len(str(box)))
