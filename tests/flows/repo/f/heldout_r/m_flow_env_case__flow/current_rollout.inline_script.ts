export async function main(launchdarkly: { token: string }, project: string, flag: string) {
  return { flag, project, percentage: 20 }
}
