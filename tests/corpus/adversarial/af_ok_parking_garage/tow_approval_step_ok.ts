// SDK: windmill-client 1.818.0 `getResumeUrls` is plain client API as well: the approval step of an OpenFlow flow (no workflow here) signs its resume links and posts them; `import.meta.main` runs main only when the file is executed directly with Bun, never when Windmill imports it
import { getResource, getResumeUrls } from "windmill-client";

type Vehicle = { plate: string; level: number; minutes: number };

export async function main(garage: string, vehicles: Vehicle[], approver?: string) {
  const urls = await getResumeUrls(approver);
  const chat = await getResource("f/parking/ops_chat");
  const lines = vehicles
    .toSorted((a, b) => b.minutes - a.minutes)
    .map((v) => `${v.plate} (level ${v.level}): ${Math.floor(v.minutes / 60)}h`);
  const res = await fetch(chat.webhook, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text: `Tow ${vehicles.length} at ${garage}?\n${lines.join("\n")}`, approve: urls.resume, reject: urls.cancel }),
  });
  return { posted: res.ok, approvalPage: urls.approvalPage, at: new Date().toISOString() };
}

if (import.meta.main) {
  console.log(await main("central", [{ plate: "TEST-1", level: 2, minutes: 720 }]));
}
