"""Running several coroutines together."""

import asyncio


async def settle_all(coros):
    """Every result, failures included as exception objects."""
    return await asyncio.gather(*coros, return_exceptions=True)


async def run_all(coros):
    return await asyncio.gather(*coros)
