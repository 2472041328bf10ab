// SDK: windmill-client 1.818.0 client.mjs: the body re-runs on whichever worker picks the next round; `Bun.env` / `process.env` there can differ, and the branch and task arguments with it.
import { task, step, workflow } from "windmill-client";

const scheduleContact = task(async function scheduleContact(station: string, scid: number, band: string) {
  const res = await fetch(`https://scheduler.internal/api/contacts`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ station, scid, band }),
  });
  return (await res.json()) as { contact_id: string };
});

const archiveContact = task(async function archiveContact(contactId: string, bucket: string) {
  await fetch(`https://archive.internal/${bucket}/contacts/${contactId}`, { method: "PUT" });
  return { archived: contactId };
});

export const main = workflow(async (scid: number, band: "S" | "X" = "S") => {
  const station = Bun.env.GS_DEFAULT_STATION ?? "svalbard-1"; // expect: WAC102
  const contact = await scheduleContact(station, scid, band);
  if (process.env["GS_ARCHIVE_ENABLED"] === "1") { // expect: WAC102
    await archiveContact(contact.contact_id, "contacts-archive");
  }
  return await step("done", () => ({ contact: contact.contact_id, station }));
});
