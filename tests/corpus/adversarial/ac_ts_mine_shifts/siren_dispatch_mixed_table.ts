// SDK: windmill-client 1.818.0 client.mjs: only the entries wrapped in task() are checkpointed; the table also holds a plain async arrow that POSTs to the siren controller, and the body calls whichever the input names
import { task, step, workflow } from "windmill-client";

type Channel = "radio" | "siren" | "leaky_feeder";

const radioCall = task(async (zone: string, message: string) => {
  const r = await fetch("https://comms.deepcore.example/radio/broadcast", {
    method: "POST",
    body: JSON.stringify({ zone, message }),
  });
  return { channel: "radio", ok: r.ok };
});

const leakyFeederPage = task(async (zone: string, message: string) => {
  const r = await fetch("https://comms.deepcore.example/feeder/page", { method: "POST", body: JSON.stringify({ zone, message }) });
  return { channel: "leaky_feeder", ok: r.ok };
});

const ALERT: Record<Channel, (zone: string, message: string) => Promise<{ channel: string; ok: boolean }>> = {
  radio: radioCall,
  leaky_feeder: leakyFeederPage,
  siren: async (zone, message) => {
    const r = await fetch(`https://sirens.deepcore.example/zones/${zone}/sound`, {
      method: "POST",
      body: JSON.stringify({ pattern: "evacuate", note: message }),
    });
    return { channel: "siren", ok: r.ok };
  },
};

const confirmMuster = task(async (zone: string) => {
  const r = await fetch(`https://tracking.deepcore.example/api/zones/${zone}/muster`);
  return (await r.json()) as { expected: number; arrived: number };
});

export const main = workflow(async (zones: string[], channels: Channel[], reason: string) => {
  const message = await step("message", () => `EVACUATE: ${reason}. Proceed to the nearest refuge chamber.`);
  const sent = [];
  for (const zone of zones) {
    for (const ch of channels) {
      sent.push(await ALERT[ch](zone, message)); // expect: WAC101
    }
  }
  const muster = await Promise.all(zones.map((z) => confirmMuster(z)));
  return { sent, missing: muster.reduce((n, m) => n + (m.expected - m.arrived), 0) };
});
