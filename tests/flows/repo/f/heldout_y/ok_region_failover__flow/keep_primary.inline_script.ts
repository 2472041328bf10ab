export async function main(region: string) {
  return { active_region: region, changed: false };
}
