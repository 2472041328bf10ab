export async function main(archived: string, days: number) {
  return `${archived} kept ${days} days`
}
