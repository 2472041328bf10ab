// SDK: windmill-client 1.818.0 index.d.ts `export default wmill` (an object holding task, step, workflow...): `wmill.task(...)` runs, but Windmill's parser looks for bare `task(`.
import wmill from "windmill-client";
import { workflow, step } from "windmill-client";

type Command = { opcode: string; payload_hex: string };

const uplinkCommand = wmill.task(async function uplinkCommand(station: string, scid: number, cmd: Command) { // expect: WAC002
  const res = await fetch(`https://${station}.gs.internal/uplink`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ scid, ...cmd }),
  });
  if (!res.ok) throw new Error(`uplink rejected: ${await res.text()}`);
  return (await res.json()) as { ack: boolean; frame_count: number };
});

const verifyTelemetry = wmill.task(async function verifyTelemetry(scid: number, opcode: string) { // expect: WAC002
  const res = await fetch(`https://telemetry.internal/api/ack?scid=${scid}&opcode=${opcode}`);
  return (await res.json()) as { confirmed: boolean };
});

export const main = workflow(async (station: string, scid: number, commands: Command[]) => {
  const acks: number[] = [];
  for (const cmd of commands) {
    const ack = await uplinkCommand(station, scid, cmd);
    if (!ack.ack) {
      return { ok: false, failed_at: cmd.opcode };
    }
    acks.push(ack.frame_count);
  }
  const verified = await verifyTelemetry(scid, commands[commands.length - 1].opcode);
  return await step("report", () => ({ ok: verified.confirmed, frames: acks }));
});
