# SDK: wmill 1.850.0 task() applied by a registry decorator is still a task wrapper; the registry's dict values are task wrappers whose calls return awaitables
from typing import Awaitable, Callable

from wmill import task, workflow

METER_READERS: dict[str, Callable[..., Awaitable[dict]]] = {}


def reader(protocol: str):
    def register(fn):
        wrapped = task(timeout=60)(fn)  # expect: WAC003
        METER_READERS[protocol] = wrapped
        return wrapped

    return register


@reader("modbus")
async def read_modbus(meter: dict) -> dict:
    from pymodbus.client import ModbusTcpClient

    c = ModbusTcpClient(meter["host"])
    regs = c.read_holding_registers(40001, count=4).registers
    return {"meter": meter["id"], "kwh": regs[0] * 65536 + regs[1]}


@reader("dnp3")
async def read_dnp3(meter: dict) -> dict:
    import httpx

    return httpx.get(f"https://dnp3-bridge.sunfield.example/{meter['id']}").json()


@workflow
async def main(meters: list[dict]):
    readings = []
    pending = []
    for meter in meters:
        read = METER_READERS[meter["protocol"]]
        if meter.get("revenue_grade"):
            readings.append(await read(meter))
        else:
            pending.append(read(meter))  # expect: WAC106
    # best-effort meters: fire and forget
    return {"revenue": readings, "queued": len(pending)}
