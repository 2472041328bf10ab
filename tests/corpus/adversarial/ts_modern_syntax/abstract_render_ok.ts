// SDK: windmill-client 1.818.0 client.mjs: the body re-runs each round; the abstract base and its implementation only render text, and the upload is a task.
import { task, workflow } from "windmill-client";

abstract class Exporter {
  abstract render(rows: Record<string, string>[]): string;
  export(rows: Record<string, string>[]): { body: string; lines: number } {
    const body = this.render(rows);
    return { body, lines: body.split("\n").length };
  }
}

class CsvExporter extends Exporter {
  override render(rows: Record<string, string>[]): string {
    const cols = Object.keys(rows[0] ?? {});
    return [cols.join(","), ...rows.map((r) => cols.map((c) => r[c]).join(","))].join("\n");
  }
}

const upload = task(async (body: string) => ({ bytes: body.length }));

export const main = workflow(async (rows: Record<string, string>[]) => {
  const out = new CsvExporter().export(rows);
  return { ...(await upload(out.body)), lines: out.lines };
});
