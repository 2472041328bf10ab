// SDK: windmill-client 1.818.0 step(name, fn) calls fn once and checkpoints its result (_runInlineStep); a nanoid customAlphabet generator kept at module level and handed to step by reference draws only inside the step, so the ticket codes are fixed after the first round
import { step, task, workflow } from "windmill-client";
import { customAlphabet } from "nanoid";

const ticketCode = customAlphabet("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 10);

const entrants = task(async (show: string): Promise<string[]> => {
  const res = await fetch(`https://boxoffice.theatre.example/shows/${show}/raffle-entrants`);
  return await res.json();
});

const announce = task(async (show: string, winners: string[], code: string) => {
  const res = await fetch("https://mail.theatre.example/raffle", {
    method: "POST",
    body: JSON.stringify({ show, winners, code }),
  });
  return res.ok;
});

export const main = workflow(async (show: string, prizes = 3) => {
  const people = (await entrants(show)).slice().sort();
  const drawCode = await step("draw_code", ticketCode);
  const picks = await step("picks", () => {
    const pool = [...people];
    const out: string[] = [];
    while (out.length < prizes && pool.length) {
      out.push(pool.splice(Math.floor(Math.random() * pool.length), 1)[0]);
    }
    return out;
  });
  const sent = await announce(show, picks, drawCode);
  return { show, drawCode, winners: picks, sent };
});
