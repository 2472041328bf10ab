export async function main(
  launchdarkly: { token: string },
  flag: string,
  percentage: number,
  notify: boolean = true,
) {
  return { flag, percentage, notify }
}
