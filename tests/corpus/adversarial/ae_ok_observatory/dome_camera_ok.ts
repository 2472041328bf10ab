// SDK: windmill-client 1.818.0 Bun APIs (Bun.write, Bun.file, Bun.spawn) only inside tasks; a pure `send` method on an in-memory frame buffer; the workflow loops a fixed number of captures with sleep(intervalS) between them
import { sleep, task, workflow } from "windmill-client";

class FrameBuffer {
  private frames: { seq: number; path: string }[] = [];
  send(seq: number, path: string) {
    this.frames.push({ seq, path });
    return this.frames.length;
  }
  latest(n: number) {
    return this.frames.slice(-n);
  }
}

const capture = task(async (camera: string, seq: number) => {
  const res = await fetch(`http://${camera}.dome.internal/snapshot.jpg`);
  const path = `/tmp/${camera}-${seq}.jpg`;
  await Bun.write(path, await res.arrayBuffer());
  return { seq, path, bytes: Bun.file(path).size };
});

const timelapse = task(async (camera: string, paths: string[]) => {
  const out = `/tmp/${camera}-timelapse.mp4`;
  const proc = Bun.spawn(["ffmpeg", "-y", "-framerate", "4", "-i", `/tmp/${camera}-%d.jpg`, out]);
  await proc.exited;
  const upload = await fetch(`https://media.observatory.example/${camera}/timelapse`, {
    method: "PUT",
    body: Bun.file(out),
  });
  return { uploaded: upload.ok, frames: paths.length };
});

export const main = workflow(async (camera: string, captures = 12, intervalS = 300) => {
  const buffer = new FrameBuffer();
  for (let seq = 1; seq <= captures; seq++) {
    const shot = await capture(camera, seq);
    buffer.send(shot.seq, shot.path);
    if (seq < captures) await sleep(intervalS);
  }
  const latest = buffer.latest(captures);
  const result = await timelapse(camera, latest.map((f) => f.path));
  return { camera, ...result };
});
