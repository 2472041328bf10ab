// SDK: windmill-client 1.818.0 client.mjs workflow() (body replayed each round), taskScript() (arguments sent as the child's kwargs)
import { taskScript, workflow } from "windmill-client";

interface EventMeta {
  id: string;
  recordedAt: number;
  causationId?: string;
}

interface DomainEvent<T extends string, D> {
  type: T;
  data: D;
  meta: EventMeta;
}

const appendEvents = taskScript("f/eventstore/append", { timeout: 120 });
const notifyProjection = taskScript("f/eventstore/notify_projections");

// Default parameters are evaluated on each call that leaves them out.
function makeEvent<T extends string, D>(
  type: T,
  data: D,
  meta: EventMeta = { id: crypto.randomUUID(), recordedAt: Date.now() },
): DomainEvent<T, D> {
  return { type, data, meta };
}

export const main = workflow(async (customerId: string, plan: "basic" | "pro", seats: number) => {
  const streamId = `subscription-${customerId}`;
  const started = makeEvent("SubscriptionStarted", { customerId, plan }); // expect: WAC102
  const seated = makeEvent("SeatsAssigned", { seats }, {
    id: `${started.meta.id}:seats`,
    recordedAt: started.meta.recordedAt,
    causationId: started.meta.id,
  });

  const appended = await appendEvents({ streamId, events: [started, seated] });
  await notifyProjection({ streamId, position: appended.position });
  return { streamId, events: [started.type, seated.type] };
});
