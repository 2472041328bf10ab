// SDK: client.mjs 1.818.0 task() wrapper dispatches when called inside workflow(); the task is a top-level const handed to the base class, and the body awaits the method that returns its call
import { task, workflow } from "windmill-client";

abstract class ExportPipeline<I, O> {
  protected constructor(
    protected readonly name: string,
    private readonly stage: (input: I) => PromiseLike<O>,
  ) {}

  async run(input: I): Promise<O> {
    console.log(`[${this.name}] starting`);
    return await this.stage(input);
  }
}

type ExportInput = { table: string; since: string };

const exportOrders = task(async function exportOrders(input: ExportInput) {
  const res = await fetch("https://warehouse.internal/v1/unload", {
    method: "POST",
    body: JSON.stringify({ table: input.table, where: `updated_at >= '${input.since}'`, format: "parquet" }),
  });
  return (await res.json()) as { file: string; rows: number };
});

class OrdersExport extends ExportPipeline<ExportInput, { file: string; rows: number }> {
  constructor() {
    super("orders_export", exportOrders);
  }
}

const ordersExport = new OrdersExport();

export const main = workflow(async (since: string) => {
  const result = await ordersExport.run({ table: "orders", since });
  return { ...result, since };
});
