# SDK: wmill 1.850.0 client.py: the body replays from the top; `exporter_for(fmt)` returns a `CsvExporter` or a `JsonExporter`, and neither overrides `write` with I/O: `run` only prints.
import json

from wmill import task, workflow


class Exporter:
    def run(self, rows: list[dict]) -> int:
        self.write(self.render(rows))
        return len(rows)

    def render(self, rows: list[dict]) -> str:
        return "\n".join(",".join(str(v) for v in r.values()) for r in rows)

    def write(self, text: str) -> None:
        print(text[:200])


class CsvExporter(Exporter):
    pass


class JsonExporter(Exporter):
    def render(self, rows: list[dict]) -> str:
        return json.dumps(rows)


def exporter_for(fmt: str) -> Exporter:
    return JsonExporter() if fmt == "json" else CsvExporter()


@task()
async def load(table: str) -> list:
    return [{"id": 1, "table": table}]


@workflow
async def main(table: str, fmt: str = "csv"):
    rows = await load(table)
    return exporter_for(fmt).run(rows)
