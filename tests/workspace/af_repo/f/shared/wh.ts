// Warehouse client over the query gateway; one shared instance.
export class WarehouseClient {
  constructor(private readonly base: string, private readonly schema = "analytics") {}

  table(dataset: string, day: string): string {
    return `${this.schema}.${dataset}_${day.replaceAll("-", "")}`;
  }

  async query<T = unknown>(sql: string, params: unknown[] = []): Promise<T[]> {
    const resp = await fetch(`${this.base}/query`, {
      method: "POST",
      body: JSON.stringify({ sql, params }),
    });
    return (await resp.json()) as T[];
  }
}

export const wh = new WarehouseClient("https://wh-gateway.internal");
