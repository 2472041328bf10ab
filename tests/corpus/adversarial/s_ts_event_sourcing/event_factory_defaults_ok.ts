// SDK: windmill-client 1.818.0 client.mjs _runInlineStep (the step's JSON result is replayed), taskScript() kwargs
import { step, taskScript, workflow } from "windmill-client";

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

function makeEvent<T extends string, D>(
  type: T,
  data: D,
  meta: EventMeta = { id: crypto.randomUUID(), recordedAt: Date.now() },
): DomainEvent<T, D> {
  return { type, data, meta };
}

export const main = workflow(async (customerId: string, plan: "basic" | "pro", seats: number) => {
  const streamId = `subscription-${customerId}`;
  // Every call in the body passes its metadata, drawn once in a step.
  const meta = await step("event_meta", () => ({ id: crypto.randomUUID(), recordedAt: Date.now() }));
  const started = makeEvent("SubscriptionStarted", { customerId, plan }, meta);
  const seated = makeEvent("SeatsAssigned", { seats }, {
    id: `${meta.id}:seats`,
    recordedAt: meta.recordedAt,
    causationId: meta.id,
  });

  await appendEvents({ streamId, events: [started, seated] });
  return { streamId, events: [started.type, seated.type] };
});
