// SDK: windmill-client 1.818.0 client.mjs: task(fn, options) keys the step by fn.name; promises collected in an array and awaited with Promise.all are all consumed; a switch whose default rethrows lets StepSuspend (name "StepSuspend") through.
import { step, task, taskScript, workflow } from "windmill-client";

type Asset = { id: string; url: string; kind: "photo" | "logo" | "banner" };
type Variant = { assetId: string; width: number; key: string };

const WIDTHS: Record<Asset["kind"], number[]> = {
  photo: [320, 768, 1440],
  logo: [64, 128],
  banner: [1200],
};

async function resizeTo(asset: Asset, width: number): Promise<Variant> {
  const res = await fetch("https://imgproxy.internal/resize", {
    method: "POST",
    body: JSON.stringify({ src: asset.url, width }),
  });
  const { key } = (await res.json()) as { key: string };
  return { assetId: asset.id, width, key };
}

const resize = task(resizeTo, { timeout: 300, tag: "media" });
const purgeCdn = taskScript("f/media/purge_cdn");

const fallbackVariant = task(async (assetId: string, width: number): Promise<Variant> => ({
  assetId,
  width,
  key: `originals/${assetId}`,
}));

function expectedCount(assets: Asset[]): number {
  return assets.reduce((n, a) => n + WIDTHS[a.kind].length, 0);
}

export const main = workflow(async (assets: Asset[]) => {
  const pending: Promise<Variant>[] = [];
  for (const asset of assets) {
    for (const width of WIDTHS[asset.kind]) {
      pending.push(resize(asset, width));
    }
  }

  let variants: Variant[];
  try {
    variants = await Promise.all(pending);
  } catch (e) {
    switch ((e as Error).name) {
      case "TaskError":
        variants = await Promise.all(assets.map((a) => fallbackVariant(a.id, WIDTHS[a.kind][0])));
        break;
      default:
        throw e;
    }
  }

  const keys = variants.map((v) => v.key);
  await purgeCdn({ keys });
  const report = await step("report", () => ({
    expected: expectedCount(assets),
    produced: variants.length,
    largest: Math.max(...variants.map((v) => v.width)),
  }));
  return { ...report, keys };
});
