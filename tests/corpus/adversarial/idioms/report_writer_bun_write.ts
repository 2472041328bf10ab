// SDK: windmill-client 1.818.0 client.mjs `workflow`: the body re-runs after each task; `report.save()` calls `Bun.write`, rewriting the file on every replay.
import { task, workflow } from "windmill-client";

class CsvReport {
  private rows: string[] = ["sku,qty"];

  add(sku: string, qty: number): this {
    this.rows.push(`${sku},${qty}`);
    return this;
  }

  async save(path: string): Promise<number> {
    return await Bun.write(path, this.rows.join("\n"));
  }
}

const stockLevels = task(async function stockLevels(warehouse: string) {
  return [{ sku: "A-1", qty: 4 }];
});

export const main = workflow(async (warehouse: string) => {
  const levels = await stockLevels(warehouse);
  const report = new CsvReport();
  for (const l of levels) report.add(l.sku, l.qty);
  const bytes = await report.save(`/tmp/stock_${warehouse}.csv`); // expect: WAC101
  return { bytes };
});
