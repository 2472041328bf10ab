// SDK: windmill-client 1.818.0 client.mjs: _runInlineStep returns the checkpointed value on replay without calling fn, so what the callback wrote into `this.#lastTurned` is only there in the round that first ran the step
import { step, task, workflow } from "windmill-client";

type TurnRecord = { wheelId: string; at: string };

const turnWheel = task(async (wheelId: string) => {
  const r = await fetch(`https://robots.affinage.example/wheels/${wheelId}/turn`, { method: "POST" });
  return ((await r.json()) as { at: string }).at;
});

class RipeningLedger {
  #lastTurned = new Map<string, string>();
  #turnsThisRun = 0;

  constructor(readonly cave: string) {}

  async loadHistory() {
    return step("load_history", async () => {
      const r = await fetch(`https://ledger.affinage.example/caves/${this.cave}/turns?limit=500`);
      const rows = (await r.json()) as TurnRecord[];
      for (const row of rows) this.#lastTurned.set(row.wheelId, row.at); // expect: WAC104
      return rows.length;
    });
  }

  due(wheelId: string, asOf: string, everyDays: number) {
    const last = this.#lastTurned.get(wheelId);
    if (!last) return true;
    return Date.parse(asOf) - Date.parse(last) >= everyDays * 86_400_000;
  }

  record(wheelId: string, at: string) {
    this.#lastTurned.set(wheelId, at);
    this.#turnsThisRun++;
  }

  get turns() {
    return this.#turnsThisRun;
  }
}

export const main = workflow(async (cave: string, wheelIds: string[], asOf: string, everyDays: number = 3) => {
  const ledger = new RipeningLedger(cave);
  const known = await ledger.loadHistory();
  for (const id of wheelIds) {
    if (!ledger.due(id, asOf, everyDays)) continue;
    ledger.record(id, await turnWheel(id));
  }
  return { cave, known, turned: ledger.turns };
});
