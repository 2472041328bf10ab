// SDK: client.mjs 1.818.0 task() builds a new wrapper at each call; the guide: "Define task functions ... at module top level with stable names" (windmill-oracle dag does not draw a task created in a constructor)
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

class OrdersExport extends ExportPipeline<ExportInput, { file: string; rows: number }> {
  constructor() {
    super(
      "orders_export",
      task(async function exportOrders(input: ExportInput) { // expect: WAC003
        const res = await fetch("https://warehouse.internal/v1/unload", {
          method: "POST",
          body: JSON.stringify({ table: input.table, where: `updated_at >= '${input.since}'`, format: "parquet" }),
        });
        return (await res.json()) as { file: string; rows: number };
      }),
    );
  }
}

const ordersExport = new OrdersExport();

export const main = workflow(async (since: string) => {
  const result = await ordersExport.run({ table: "orders", since });
  return { ...result, since };
});
