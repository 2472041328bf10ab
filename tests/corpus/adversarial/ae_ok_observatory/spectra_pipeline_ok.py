# SDK: wmill 1.850.0 pydantic models with model_validate on task results and model_dump(mode="json") for task arguments; classmethods used only inside tasks; except (TaskError, KeyError) around a task and a dict read; a dataclass with a field named `task` (an attribute, not the SDK name)
from dataclasses import dataclass

import httpx
from pydantic import BaseModel
from wmill import TaskError, task, workflow


class Spectrum(BaseModel):
    object_id: str
    wavelengths_nm: list[float]
    flux: list[float]
    snr: float


class Redshift(BaseModel):
    object_id: str
    z: float
    z_err: float
    template: str


@dataclass(frozen=True)
class WorkItem:
    object_id: str
    task: str  # "redshift" or "skip", assigned by the planner below


class Archive:
    BASE = "https://spectra.observatory.example/api"

    @classmethod
    async def get(cls, path: str) -> dict:
        async with httpx.AsyncClient(base_url=cls.BASE) as c:
            r = await c.get(path)
            r.raise_for_status()
            return r.json()

    @classmethod
    async def put(cls, path: str, body: dict) -> dict:
        async with httpx.AsyncClient(base_url=cls.BASE) as c:
            r = await c.put(path, json=body)
            r.raise_for_status()
            return r.json()


@task(timeout=300)
async def load_spectrum(object_id: str) -> dict:
    return await Archive.get(f"/spectra/{object_id}")


@task(timeout=1200)
async def fit_redshift(spectrum: dict) -> dict:
    return await Archive.get(f"/fit?object={spectrum['object_id']}&snr={spectrum['snr']}")


@task()
async def publish(results: list[dict]) -> dict:
    return await Archive.put("/catalog/redshifts", {"rows": results})


def plan(spectra: list[Spectrum], min_snr: float) -> list[WorkItem]:
    return [WorkItem(s.object_id, "redshift" if s.snr >= min_snr else "skip") for s in spectra]


@workflow
async def main(object_ids: list[str], min_snr: float = 5.0, templates: dict[str, str] | None = None):
    spectra = [Spectrum.model_validate(await load_spectrum(oid)) for oid in object_ids]
    by_id = {s.object_id: s for s in spectra}
    fitted: list[Redshift] = []
    failures: dict[str, str] = {}
    for item in plan(spectra, min_snr):
        if item.task != "redshift":
            continue
        try:
            raw = await fit_redshift(by_id[item.object_id].model_dump(mode="json"))
            fitted.append(Redshift.model_validate(raw))
            _ = (templates or {})[fitted[-1].template] if templates else None
        except (TaskError, KeyError) as e:
            failures[item.object_id] = type(e).__name__
    receipt = await publish([r.model_dump(mode="json") for r in fitted])
    return {"fitted": len(fitted), "failures": failures, "receipt": receipt}
