// SDK: windmill-client 1.818.0 client.mjs: the body reruns from the top each round; an `accessor` whose decorator only logs, and #private fields filled from checkpointed task results, hold the same values on every replay
import { step, task, workflow } from "windmill-client";

type Handover = { station: string; outgoing: string; incoming: string; logbook: string[] };

function logged<This, V>(
  _target: ClassAccessorDecoratorTarget<This, V>,
  context: ClassAccessorDecoratorContext<This, V>,
): ClassAccessorDecoratorResult<This, V> {
  return {
    set(this: This, value: V) {
      console.log(`${String(context.name)} -> ${JSON.stringify(value)}`);
      _target.set.call(this, value);
    },
    get(this: This) {
      return _target.get.call(this);
    },
  };
}

const readLogbook = task(async (station: string, since: string) => {
  const r = await fetch(`https://logbook.lighthouses.example/${station}?since=${since}`);
  return (await r.json()) as string[];
});

const confirmHandover = task(async (handover: Handover) => {
  const r = await fetch("https://rota.lighthouses.example/handovers", {
    method: "POST",
    body: JSON.stringify(handover),
  });
  return ((await r.json()) as { id: string }).id;
});

class ShiftChange {
  @logged accessor phase: "reading" | "confirming" | "done" = "reading";  // expect: WAC903
  #entries: string[] = [];

  constructor(
    readonly station: string,
    readonly outgoing: string,
    readonly incoming: string,
  ) {}

  async read(since: string) {
    this.#entries = await readLogbook(this.station, since);
    this.phase = "confirming";
    return this.#entries.length;
  }

  async confirm() {
    const id = await confirmHandover({
      station: this.station,
      outgoing: this.outgoing,
      incoming: this.incoming,
      logbook: this.#entries.slice(-20),
    });
    this.phase = "done";
    return id;
  }
}

export const main = workflow(async (station: string, outgoing: string, incoming: string, since: string) => {
  const change = new ShiftChange(station, outgoing, incoming);
  const entries = await change.read(since);
  const handoverId = await change.confirm();
  return await step("handover", () => ({ station, entries, handoverId, phase: change.phase }));
});
