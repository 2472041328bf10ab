type Launchdarkly = { api_key: string; project: string };

export async function main(ld: Launchdarkly, flag_key: string, environment: string) {
  const res = await fetch(
    `https://app.launchdarkly.com/api/v2/flags/${ld.project}/${flag_key}?env=${environment}`,
    { headers: { Authorization: ld.api_key } },
  );
  if (!res.ok) throw new Error(`LaunchDarkly: ${res.status}`);
  const flag = await res.json();
  const rollout = flag.environments[environment]?.fallthrough?.rollout;
  const percent = rollout ? Math.round(rollout.variations[0].weight / 1000) : 0;
  return { percent, version: flag._version as number };
}
