// SDK: windmill-client 1.818.0 client.mjs task() (child job runs the body once; the result is replayed); pg Pool.query inside tasks only
import { Pool } from "pg";
import { task, workflow } from "windmill-client";

interface StoredEvent {
  stream_id: string;
  version: number;
  type: string;
  data: Record<string, unknown>;
}

class PgEventRepository {
  constructor(private readonly pool: Pool) {}

  async load(streamId: string): Promise<StoredEvent[]> {
    const { rows } = await this.pool.query<StoredEvent>(
      "select stream_id, version, type, data from events where stream_id = $1 order by version",
      [streamId],
    );
    return rows;
  }

  async append(streamId: string, expected: number, type: string, data: Record<string, unknown>) {
    await this.pool.query("insert into events values ($1, $2, $3, $4)", [streamId, expected + 1, type, data]);
    return expected + 1;
  }
}

class CancelOrderHandler {
  constructor(private readonly repo: PgEventRepository) {}

  async currentStatus(orderId: string): Promise<{ status: string; version: number }> {
    const history = await this.repo.load(`order-${orderId}`);
    return { status: history.at(-1)?.type ?? "Unknown", version: history.length };
  }
}

// Built at load, but nothing connects until a query runs (inside a task).
const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const handler = new CancelOrderHandler(new PgEventRepository(pool));

const readStatus = task(async (orderId: string) => handler.currentStatus(orderId));

const refundPayment = task(async (orderId: string) => {
  const res = await fetch(`https://payments.internal/orders/${orderId}/refund`, { method: "POST" });
  return (await res.json()) as { refundId: string };
});

const appendCancelled = task(async (orderId: string, expected: number, refundId: string) =>
  new PgEventRepository(pool).append(`order-${orderId}`, expected, "OrderCancelled", { refundId }),
);

export const main = workflow(async (orderId: string) => {
  const { status, version } = await readStatus(orderId);
  if (status === "OrderShipped") {
    return { orderId, cancelled: false, reason: "already shipped" };
  }
  const { refundId } = await refundPayment(orderId);
  const next = await appendCancelled(orderId, version, refundId);
  return { orderId, cancelled: true, version: next };
});
