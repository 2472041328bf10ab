"""Intake form helpers for the intake script."""

import os
import re

_PHONE = re.compile(r"[^0-9+]")


def normalise_phone(raw: str) -> str:
    return _PHONE.sub("", raw)


def triage_level(symptoms: list[str]) -> int:
    severe = {"chest pain", "shortness of breath", "bleeding"}
    return 1 if severe & {s.lower() for s in symptoms} else 3


def intake_desk() -> str:
    return os.environ.get("INTAKE_DESK", "front")
