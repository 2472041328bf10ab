// SDK: windmill-client 1.818.0 client.mjs workflow(): the body replays from the top after each task; the feed's `[Symbol.asyncIterator]` pages through the harbour tide API under `for await` in the body, so every round fetches the tide table again and may see new readings
import { task, workflow } from "windmill-client";

type Reading = { at: string; levelM: number };

class TideFeed implements AsyncIterable<Reading> {
  constructor(
    private readonly station: string,
    private readonly hours: number,
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<Reading> {
    let cursor: string | null = null;
    do {
      const qs = new URLSearchParams({ station: this.station, hours: String(this.hours) });
      if (cursor) qs.set("cursor", cursor);
      const r = await fetch(`https://tides.harbour-master.example/v1/predictions?${qs}`);
      const page = (await r.json()) as { items: Reading[]; next: string | null };
      yield* page.items;
      cursor = page.next;
    } while (cursor);
  }
}

const floodDock = task(async (dock: string, targetM: number) => {
  const r = await fetch(`https://yard.drydock-ops.example/v1/docks/${dock}/flood`, {
    method: "POST",
    body: JSON.stringify({ targetM }),
  });
  return (await r.json()) as { startedAt: string };
});

const openGate = task(async (dock: string, at: string) => {
  await fetch(`https://yard.drydock-ops.example/v1/docks/${dock}/gate`, {
    method: "POST",
    body: JSON.stringify({ open: true, at }),
  });
  return { opened: at };
});

export const main = workflow(async (dock: string, station: string, draftM: number) => {
  let window: Reading | null = null;
  for await (const reading of new TideFeed(station, 36)) { // expect: WAC101
    if (reading.levelM >= draftM + 0.6) {
      window = reading;
      break;
    }
  }
  if (!window) return { dock, status: "no_tide_window" };
  await floodDock(dock, draftM + 0.4);
  return { dock, status: "undocking", ...(await openGate(dock, window.at)) };
});
