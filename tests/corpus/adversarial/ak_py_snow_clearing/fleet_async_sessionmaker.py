# SDK: wmill 1.850.0 replays the body each round; an `AsyncSession` from SQLAlchemy 2.0's `async_sessionmaker` sends its queries as they are awaited, so `await session.get(...)` and `await session.commit()` in the body query and write the fleet database on every replay
"""Mark plows out of service after a breakdown report (SQLAlchemy 2.0 async ORM)."""

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


@task(timeout=600)
async def request_tow(plow_id: str, depot: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as client:
        r = await client.post("https://tow.city.example/requests", json={"plow": plow_id, "depot": depot})
        r.raise_for_status()
        return r.json()


@task(timeout=300)
async def spare_plows(depot: str) -> list[str]:
    async with Session() as session:
        rows = await session.scalars(select(Plow.id).where(Plow.depot == depot, Plow.status == "spare"))
        return list(rows)


@workflow
async def main(plow_id: str):
    async with Session() as session:
        plow = await session.get(Plow, plow_id)  # expect: WAC101
        plow.status = "broken"
        await session.commit()  # expect: WAC101
        depot = plow.depot
    tow = await request_tow(plow_id, depot)
    spares = await spare_plows(depot)
    return {"plow": plow_id, "tow": tow, "spares": spares}
