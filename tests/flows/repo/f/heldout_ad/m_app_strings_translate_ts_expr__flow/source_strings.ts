import * as wmill from "windmill-client";

export async function main(project: string, namespace: string) {
  const lokalise = await wmill.getResource("f/l10n/lokalise");
  const resp = await fetch(`https://api.lokalise.com/api2/projects/${project}/keys?filter_tags=${namespace}&include_translations=1`, {
    headers: { "X-Api-Token": lokalise.token },
  });
  const body = await resp.json();
  const strings: Record<string, string> = {};
  for (const k of body.keys) {
    const en = k.translations.find((t: any) => t.language_iso === "en");
    if (en) strings[k.key_name.web] = en.translation;
  }
  return { strings, count: Object.keys(strings).length };
}
