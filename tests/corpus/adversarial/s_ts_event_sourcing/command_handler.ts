// SDK: windmill-client 1.818.0 client.mjs workflow() (body replayed each round), task(); pg Pool.query does network I/O
import { Pool } from "pg";
import { task, workflow } from "windmill-client";

interface StoredEvent {
  stream_id: string;
  version: number;
  type: string;
  data: Record<string, unknown>;
}

interface EventRepository {
  load(streamId: string): Promise<StoredEvent[]>;
  append(streamId: string, expected: number, events: Omit<StoredEvent, "stream_id" | "version">[]): Promise<number>;
}

class PgEventRepository implements EventRepository {
  constructor(private readonly pool: Pool) {}

  async load(streamId: string): Promise<StoredEvent[]> {
    const { rows } = await this.pool.query<StoredEvent>(
      "select stream_id, version, type, data from events where stream_id = $1 order by version",
      [streamId],
    );
    return rows;
  }

  async append(streamId: string, expected: number, events: Omit<StoredEvent, "stream_id" | "version">[]) {
    let version = expected;
    for (const e of events) {
      version += 1;
      await this.pool.query("insert into events values ($1, $2, $3, $4)", [streamId, version, e.type, e.data]);
    }
    return version;
  }
}

class CancelOrderHandler {
  constructor(private readonly repo: EventRepository) {}

  async currentStatus(orderId: string): Promise<string> {
    const history = await this.repo.load(`order-${orderId}`);
    return history.at(-1)?.type ?? "Unknown";
  }
}

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const handler = new CancelOrderHandler(new PgEventRepository(pool));

const refundPayment = task(async (orderId: string) => {
  const res = await fetch(`https://payments.internal/orders/${orderId}/refund`, { method: "POST" });
  return (await res.json()) as { refundId: string };
});

const appendCancelled = task(async (orderId: string, refundId: string) => {
  const repo = new PgEventRepository(pool);
  const history = await repo.load(`order-${orderId}`);
  return repo.append(`order-${orderId}`, history.length, [{ type: "OrderCancelled", data: { refundId } }]);
});

export const main = workflow(async (orderId: string) => {
  const status = await handler.currentStatus(orderId); // expect: WAC101
  if (status === "OrderShipped") {
    return { orderId, cancelled: false, reason: "already shipped" };
  }
  const { refundId } = await refundPayment(orderId);
  const version = await appendCancelled(orderId, refundId);
  return { orderId, cancelled: true, version };
});
