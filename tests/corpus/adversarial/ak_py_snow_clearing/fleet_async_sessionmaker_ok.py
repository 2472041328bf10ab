# SDK: wmill 1.850.0 runs a task's function once in its own job (`_execute_directly`) and replays the recorded result afterwards; every `AsyncSession` query and commit here is inside a task, and the module-level engine and session factory connect lazily
"""Mark plows out of service after a breakdown report, database work inside tasks."""

from __future__ import annotations

from sqlalchemy import String, select
from sqlalchemy.ext.asyncio import async_sessionmaker, create_async_engine
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from wmill import task, workflow

engine = create_async_engine("postgresql+asyncpg://fleet@db.city.example/fleet")
Session = async_sessionmaker(engine, expire_on_commit=False)


class Base(DeclarativeBase):
    pass


class Plow(Base):
    __tablename__ = "plows"
    id: Mapped[str] = mapped_column(String, primary_key=True)
    status: Mapped[str] = mapped_column(String)
    depot: Mapped[str] = mapped_column(String)


@task(timeout=300)
async def mark_broken(plow_id: str) -> str:
    async with Session() as session:
        plow = await session.get(Plow, plow_id)
        plow.status = "broken"
        await session.commit()
        return plow.depot


@task(timeout=300)
async def spare_plows(depot: str) -> list[str]:
    async with Session() as session:
        rows = await session.scalars(select(Plow.id).where(Plow.depot == depot, Plow.status == "spare"))
        return list(rows)


@workflow
async def main(plow_id: str):
    depot = await mark_broken(plow_id)
    spares = await spare_plows(depot)
    return {"plow": plow_id, "depot": depot, "spares": spares}
