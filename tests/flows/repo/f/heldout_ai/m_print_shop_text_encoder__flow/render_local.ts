import * as wmill from "npm:windmill-client@1.818.0";

export async function main(html: string) {
  const renderer = await wmill.getResource("f/print_shop/pdf_renderer");
  const res = await fetch(`${renderer.url}/render`, { method: "POST", body: html });
  if (!res.ok) throw new Error(`render failed: ${res.status}`);
  const { url } = await res.json();
  return { url };
}
