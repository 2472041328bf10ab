// SDK: windmill-client 1.818.0 an in-memory log builder with .write() / .post() methods (no I/O); task results with ISO strings rebuilt with new Date(r.at) in the body; getApprovalUrls("room_release") in a step and waitForApproval({ key: "room_release" })
import { getApprovalUrls, step, task, waitForApproval, workflow } from "windmill-client";

class RoomLog {
  private entries: string[] = [];
  write(line: string): this {
    this.entries.push(line);
    return this;
  }
  post(section: string, lines: string[]): this {
    this.entries.push(`## ${section}`, ...lines);
    return this;
  }
  toString(): string {
    return this.entries.join("\n");
  }
}

type Booking = { member: string; start: string; end: string; supers: number };

const listBookings = task(async (room: string, day: string): Promise<Booking[]> => {
  const res = await fetch(`https://rooms.apiary.example/${room}/bookings?day=${day}`);
  return await res.json();
});

const cleanCertificate = task(async (room: string, log: string) => {
  const res = await fetch(`https://rooms.apiary.example/${room}/certificates`, { method: "POST", body: log });
  return { id: (await res.json()).id as string };
});

const notifyInspector = task(async (room: string, text: string, resume: string) => {
  await fetch("https://chat.apiary.example/hooks/inspector", {
    method: "POST",
    body: JSON.stringify({ text: `${text}\nRelease: ${resume}`, room }),
  });
});

export const main = workflow(async (room: string, day: string) => {
  const bookings = await listBookings(room, day);
  const slots = bookings
    .map((b) => ({ ...b, startAt: new Date(b.start), endAt: new Date(b.end) }))
    .sort((a, b) => a.startAt.getTime() - b.startAt.getTime());

  const log = new RoomLog().write(`Extraction room ${room} on ${day}`);
  let overlaps = 0;
  for (let i = 1; i < slots.length; i++) {
    if (slots[i].startAt < slots[i - 1].endAt) overlaps++;
  }
  log.post(
    "bookings",
    slots.map((s) => `${s.member}: ${s.startAt.toISOString().slice(11, 16)}-${s.endAt.toISOString().slice(11, 16)} (${s.supers} supers)`),
  );
  log.write(`overlaps: ${overlaps}`);

  const urls = await step("room_release_urls", () => getApprovalUrls("room_release"));
  await notifyInspector(room, log.toString(), urls.resume);
  const release = await waitForApproval({ key: "room_release", timeout: 6 * 3600 });
  if (!release.approved) return { room, released: false };
  const cert = await cleanCertificate(room, log.toString());
  return { room, released: true, certificate: cert.id, overlaps };
});
