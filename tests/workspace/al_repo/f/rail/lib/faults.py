"""Fault handlers register themselves by kind when their class is defined."""


class FaultHandler:
    registry: dict[str, type["FaultHandler"]] = {}

    def __init_subclass__(cls, kind: str, **kwargs):
        super().__init_subclass__(**kwargs)
        FaultHandler.registry[kind] = cls

    def __init__(self, event: dict):
        self.event = event

    def triage(self) -> dict:
        raise NotImplementedError

    @classmethod
    def for_event(cls, event: dict) -> "FaultHandler":
        return cls.registry[event["kind"]](event)
