# SDK: wmill 1.850.0 client.py: the body reruns in every round; a subscript calls __getitem__, which here selects the price from the database in the body.
import sqlalchemy as sa
from wmill import task, workflow


class PriceBook:
    def __init__(self, url: str) -> None:
        self.engine = sa.create_engine(url)

    def __getitem__(self, sku: str) -> int:
        with self.engine.connect() as conn:
            return conn.execute(sa.text("select cents from prices where sku = :s"), {"s": sku}).scalar_one()


@task()
async def create_order(sku: str, cents: int, qty: int) -> str:
    return "ord_1"


@workflow
async def main(db_url: str, sku: str, qty: int = 1):
    book = PriceBook(db_url)
    cents = book[sku]  # expect: WAC101
    return await create_order(sku, cents, qty)
