// SDK: windmill-client 1.818.0 exports StepSuspend (dist/client.mjs export list); importing it under another name is fine (not a WAC name the parser reads), and `e instanceof Suspend` is the same rethrow guard; a switch on e.name that rethrows in its default
import { StepSuspend as Suspend, sleep, task, workflow } from "windmill-client";

type Move = { hives: string[]; from: string; to: string; departAfter: string };

const permit = task(async (m: Move) => {
  const res = await fetch("https://agri.example/permits/bee-moves", { method: "POST", body: JSON.stringify(m) });
  if (!res.ok) throw new Error(`permit refused: ${res.status}`);
  return (await res.json()).permit as string;
});

const truck = task(async (m: Move, permitNo: string) => {
  const res = await fetch("https://haul.apiary.example/bookings", {
    method: "POST",
    body: JSON.stringify({ ...m, permitNo }),
  });
  return (await res.json()).booking as string;
});

const notifyGrower = task(async (to: string, text: string) => {
  await fetch("https://sms.apiary.example/send", { method: "POST", body: JSON.stringify({ to, text }) });
});

export const main = workflow(async (moves: Move[], settleHours = 48) => {
  const done: { to: string; booking: string }[] = [];
  const refused: string[] = [];
  for (const m of moves) {
    let permitNo: string;
    try {
      permitNo = await permit(m);
    } catch (e) {
      if (e instanceof Suspend) throw e;
      refused.push(m.to);
      continue;
    }
    try {
      done.push({ to: m.to, booking: await truck(m, permitNo) });
    } catch (e: any) {
      switch (e?.name) {
        case "TaskError":
          refused.push(m.to);
          break;
        default:
          throw e;
      }
    }
  }
  if (done.length) await sleep(settleHours * 3600);
  for (const d of done) await notifyGrower(d.to, `Hives settled, booking ${d.booking}`);
  return { moved: done.length, refused };
});
