// SDK: windmill-client 1.818.0 client.mjs: task arguments cross JSON; a class that only builds CSV text in memory is deterministic, and the upload happens in a task.
import { task, workflow } from "windmill-client";

class CsvReport {
  private rows: string[] = ["sku,qty"];

  add(sku: string, qty: number): this {
    this.rows.push(`${sku},${qty}`);
    return this;
  }

  toString(): string {
    return this.rows.join("\n");
  }
}

const stockLevels = task(async function stockLevels(warehouse: string) {
  return [{ sku: "A-1", qty: 4 }];
});

const upload = task(async function upload(key: string, body: string) {
  await Bun.write(`/tmp/${key}`, body);
  return key;
});

export const main = workflow(async (warehouse: string) => {
  const levels = await stockLevels(warehouse);
  const report = new CsvReport();
  for (const l of levels) report.add(l.sku, l.qty);
  return await upload(`stock_${warehouse}.csv`, report.toString());
});
