export async function main(team: string, signed: boolean, by: string) {
  return { team, signed, by };
}
