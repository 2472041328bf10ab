// SDK: windmill-client 1.818.0 a plain script (no workflow()): getVariable / setState in main, Date.now() and Math.random() for jitter, fetch inside try/catch with retries; a local helper named `task` builds a to-do item for the volunteer board
import * as wmill from "windmill-client";

type Shift = { id: string; site: string; starts_at: string; slots: number; filled: number };
type BoardTask = { title: string; due: string; labels: string[] };

const BOARD_URL = "https://board.foodbank.example/api/cards";

// Not the SDK's task: a card for the volunteer coordinators' board.
function task(shift: Shift): BoardTask {
  const open = shift.slots - shift.filled;
  return {
    title: `${shift.site}: ${open} open slot${open === 1 ? "" : "s"}`,
    due: shift.starts_at,
    labels: open > 3 ? ["urgent", shift.site] : [shift.site],
  };
}

async function postWithRetry(url: string, body: unknown, token: string): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    try {
      const res = await fetch(url, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify(body),
      });
      if (res.status < 500) return res;
    } catch (err) {
      if (attempt >= 3) throw err;
    }
    const jitter = Math.floor(Math.random() * 250);
    await new Promise((r) => setTimeout(r, 500 * 2 ** attempt + jitter));
  }
}

export async function main(horizonHours = 48) {
  const token = await wmill.getVariable("f/food_bank/board_token");
  const scheduler = await wmill.getResource("f/food_bank/shift_scheduler");
  const until = new Date(Date.now() + horizonHours * 3600_000).toISOString();

  const res = await fetch(`${scheduler.url}/shifts?until=${encodeURIComponent(until)}`, {
    headers: { "X-Api-Key": scheduler.key },
  });
  if (!res.ok) throw new Error(`scheduler returned ${res.status}`);
  const shifts: Shift[] = await res.json();

  const understaffed = shifts.filter((s) => s.filled < s.slots);
  const posted: string[] = [];
  for (const shift of understaffed) {
    const card = await postWithRetry(BOARD_URL, task(shift), token);
    if (card.ok) posted.push(shift.id);
  }
  await wmill.setState({ lastRun: new Date().toISOString(), posted });
  return { checked: shifts.length, posted };
}
