// SDK: windmill-client 1.818.0 Bun.file / Bun.write and node:fs used only inside tasks; Buffer turned into base64 text before it leaves the task
import { task, workflow } from "windmill-client";
import { readFile } from "node:fs/promises";
import path from "node:path";

const SUPPORTED = [".docx", ".xlsx", ".pptx", ".idml"] as const;

const isSupported = (name: string) => (SUPPORTED as readonly string[]).includes(path.extname(name).toLowerCase());

const download = task(async (url: string, name: string) => {
  const res = await fetch(url);
  const tmp = path.join("/tmp", path.basename(name));
  await Bun.write(tmp, await res.arrayBuffer());
  return { tmp, bytes: Bun.file(tmp).size };
});

const toXliff = task(async (tmp: string) => {
  const proc = Bun.spawn(["okapi-tikal", "-x", tmp]);
  await proc.exited;
  const xlf = await readFile(`${tmp}.xlf`);
  return { xliffBase64: Buffer.from(xlf).toString("base64"), size: xlf.byteLength };
});

const upload = task(async (project: string, name: string, xliffBase64: string) => {
  const res = await fetch(`https://cat.agency.example/projects/${project}/files`, {
    method: "POST",
    body: JSON.stringify({ name: `${name}.xlf`, content: xliffBase64 }),
  });
  return { name, ok: res.ok };
});

export const main = workflow(async (project: string, files: { url: string; name: string }[]) => {
  const accepted = files.filter((f) => isSupported(f.name));
  const skipped = files.filter((f) => !isSupported(f.name)).map((f) => f.name);
  const uploaded = [];
  for (const f of accepted) {
    const { tmp } = await download(f.url, f.name);
    const { xliffBase64 } = await toXliff(tmp);
    uploaded.push(await upload(project, path.basename(f.name, path.extname(f.name)), xliffBase64));
  }
  return { uploaded, skipped };
});
