type Launchdarkly = { api_key: string; project: string };

export async function main(ld: Launchdarkly, flag_key: string, environment: string, percent: number) {
  const weight = Math.round(percent * 1000);
  const res = await fetch(`https://app.launchdarkly.com/api/v2/flags/${ld.project}/${flag_key}`, {
    method: "PATCH",
    headers: {
      Authorization: ld.api_key,
      "Content-Type": "application/json; domain-model=launchdarkly.semanticpatch",
    },
    body: JSON.stringify({
      environmentKey: environment,
      instructions: [
        {
          kind: "updateFallthroughVariationOrRollout",
          rolloutWeights: { on: weight, off: 100000 - weight },
        },
      ],
    }),
  });
  if (!res.ok) throw new Error(`LaunchDarkly: ${res.status} ${await res.text()}`);
  return { percent };
}
