# Push new prices to every sales channel. Each channel is updated product by
# product with bounded concurrency; the channels themselves run side by side.
import asyncio

from wmill import task, workflow, parallel
import requests


@task(timeout=60)
async def update_shopify_price(item: dict) -> str:
    requests.put(f"https://shop.example/admin/api/variants/{item['variant_id']}.json", json={"variant": {"price": item["price"]}}, timeout=30).raise_for_status()
    return item["sku"]


@task(timeout=60)
async def update_amazon_price(item: dict) -> str:
    requests.post("https://sellingpartner.example/listings/price", json={"sku": item["sku"], "price": item["price"]}, timeout=30).raise_for_status()
    return item["sku"]


@task()
async def load_price_list(price_list_id: str) -> list:
    return requests.get(f"https://pim.example/api/price-lists/{price_list_id}", timeout=60).json()["items"]


@workflow
async def main(price_list_id: str):
    items = await load_price_list(price_list_id)
    shopify_done, amazon_done = await asyncio.gather(
        parallel(items, update_shopify_price, concurrency=10),
        parallel(items, update_amazon_price, concurrency=5),
    )
    return {"shopify": len(shopify_done), "amazon": len(amazon_done)}
