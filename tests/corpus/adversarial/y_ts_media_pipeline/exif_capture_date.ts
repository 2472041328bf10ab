// SDK: windmill-client 1.818.0 step() returns the JSON round-trip (a Date becomes its ISO string); a task of the file gets the live Date argument (its child job replays the body to _executingKey and calls fn(...args))
import exifr from "exifr";
import { step, task, workflow } from "windmill-client";

const download = task(async (url: string): Promise<string> => {
  const res = await fetch(url);
  const buf = Buffer.from(await res.arrayBuffer());
  return buf.toString("base64");
});

const fileUnder = task(async (assetId: string, takenAt: Date, album: string) => {
  const folder = `${album}/${takenAt.getUTCFullYear()}/${String(takenAt.getUTCMonth() + 1).padStart(2, "0")}`;
  await fetch(`${process.env.DAM_URL}/assets/${assetId}/move`, {
    method: "POST",
    headers: { authorization: `Bearer ${process.env.DAM_TOKEN}` },
    body: JSON.stringify({ folder }),
  });
  return folder;
});

export const main = workflow(async (assetId: string, url: string, album: string) => {
  const b64 = await download(url);
  const takenAt = await step("exif_date", async () => {
    const tags = await exifr.parse(Buffer.from(b64, "base64"), ["DateTimeOriginal"]);
    return (tags?.DateTimeOriginal as Date | undefined) ?? new Date(0);
  });
  const year = takenAt.getUTCFullYear(); // expect: WAC107
  const folder = await fileUnder(assetId, new Date(Date.UTC(year, 0, 1)), album);
  return { assetId, folder, year };
});
