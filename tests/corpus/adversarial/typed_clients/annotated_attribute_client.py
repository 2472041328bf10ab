# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; the repository's `conn` field is annotated `psycopg.Connection`, and `save` runs an INSERT through it every round.
from dataclasses import dataclass

import psycopg
from wmill import task, workflow

DSN = "postgresql://audit@db.internal/audit"


@dataclass
class AuditRepo:
    conn: psycopg.Connection

    def save(self, actor: str, action: str) -> None:
        self.conn.execute("insert into audit (actor, action) values (%s, %s)", (actor, action))
        self.conn.commit()


_REPO: AuditRepo | None = None


def audit_repo() -> AuditRepo:
    global _REPO
    if _REPO is None:
        _REPO = AuditRepo(psycopg.connect(DSN))
    return _REPO


@task()
async def rotate_keys(service: str) -> int:
    return 4


@workflow
async def main(service: str, actor: str):
    rotated = await rotate_keys(service)
    audit_repo().save(actor, f"rotated {rotated} keys of {service}")  # expect: WAC101
    return rotated
