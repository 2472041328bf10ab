export async function main(login: string, team: string) {
  return { text: `Pick hardware for ${login} (${team})` };
}
