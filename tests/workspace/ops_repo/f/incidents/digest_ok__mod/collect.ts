export async function main(day: string) {
  return [{ day, incidents: 0 }];
}
