# SDK: wmill 1.850.0: SQLAlchemy ORM session opened and models queried only inside tasks; uuid5 of inputs is deterministic; sorted() of a set comprehension before dispatching
import uuid
from datetime import date

from sqlalchemy import Date, String, create_engine, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from wmill import task, workflow

NAMESPACE = uuid.UUID("6f1c7a52-2b0e-4d8e-9a51-4f0a3c2e9d11")


class Base(DeclarativeBase):
    pass


class Patient(Base):
    __tablename__ = "patients"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    email: Mapped[str] = mapped_column(String)
    clinic: Mapped[str] = mapped_column(String)
    next_recall: Mapped[date] = mapped_column(Date)


@task()
async def due_patients(clinic: str, before: str) -> list[dict]:
    engine = create_engine("postgresql+psycopg://dental@db.example-smile.io/pms")
    with Session(engine) as session:
        stmt = select(Patient).where(Patient.clinic == clinic, Patient.next_recall <= date.fromisoformat(before))
        return [{"id": p.id, "email": p.email, "due": p.next_recall.isoformat()} for p in session.scalars(stmt)]


@task()
async def send_reminder(patient_id: str, email: str, due: str, idempotency_key: str) -> str:
    import requests

    r = requests.post(
        "https://notify.example-smile.io/recall",
        json={"patient": patient_id, "to": email, "due": due},
        headers={"Idempotency-Key": idempotency_key},
        timeout=15,
    )
    r.raise_for_status()
    return r.json()["message_id"]


@workflow
async def main(clinics: list[str], before: str):
    sent = {}
    for clinic in sorted({c.strip().lower() for c in clinics}):
        for p in await due_patients(clinic, before):
            key = str(uuid.uuid5(NAMESPACE, f"{p['id']}:{p['due']}"))
            sent[p["id"]] = await send_reminder(p["id"], p["email"], p["due"], key)
    return {"sent": len(sent), "ids": sent}
