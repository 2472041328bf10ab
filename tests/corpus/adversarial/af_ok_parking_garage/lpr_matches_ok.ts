// SDK: windmill-client 1.818.0 a plain script triggered per camera event: preprocessor + main, getResource and fetch, crypto.subtle hashing of plates, Date for dwell time; a catch that logs and continues
import { getResource } from "windmill-client";

type Event = { plate: string; camera: string; direction: "in" | "out"; at: string };

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

export async function preprocessor(event: { kind: "http"; body: Event }) {
  return { ev: event.body };
}

export async function main(ev: Event) {
  const api = await getResource("f/parking/lpr_backend");
  const plateHash = await sha256(`${api.salt}:${ev.plate.toUpperCase().replace(/\s+/g, "")}`);

  if (ev.direction === "in") {
    await fetch(`${api.url}/sessions`, {
      method: "POST",
      headers: { authorization: `Bearer ${api.token}` },
      body: JSON.stringify({ plate: plateHash, camera: ev.camera, entered_at: ev.at }),
    });
    return { plate: plateHash, opened: true };
  }

  let dwellMinutes: number | null = null;
  try {
    const res = await fetch(`${api.url}/sessions/${plateHash}/close`, {
      method: "POST",
      headers: { authorization: `Bearer ${api.token}` },
      body: JSON.stringify({ exited_at: ev.at, closed_by: "lpr", recorded: new Date().toISOString() }),
    });
    const session = await res.json();
    dwellMinutes = Math.round((Date.parse(ev.at) - Date.parse(session.entered_at)) / 60_000);
  } catch (e) {
    console.warn(`no open session for ${plateHash.slice(0, 8)}: ${e}`);
  }
  return { plate: plateHash, closed: dwellMinutes !== null, dwellMinutes };
}
