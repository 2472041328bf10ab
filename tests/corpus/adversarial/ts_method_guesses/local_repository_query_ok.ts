// SDK: windmill-client 1.818.0 client.mjs: an in-memory repository of the file; its query method filters an array.
import { task, workflow } from "windmill-client";

class InMemoryRepo<T extends { id: string }> {
  constructor(private readonly rows: T[]) {}
  query(pred: (row: T) => boolean): T[] {
    return this.rows.filter(pred);
  }
}
const ship = task(async (id: string) => ({ id, shipped: true }));

export const main = workflow(async (orders: { id: string; paid: boolean }[]) => {
  const repo = new InMemoryRepo(orders);
  const out = [];
  for (const o of repo.query((r) => r.paid)) out.push(await ship(o.id));
  return out;
});
