export async function main(
  team: string,
  jira: { closed: number; opened: number },
  deploys: number,
  title = "Weekly digest",
) {
  const empty = jira.closed === 0 && jira.opened === 0 && deploys === 0
  return { empty, text: `*${title}: ${team}*\nclosed ${jira.closed}, opened ${jira.opened}, deploys ${deploys}` }
}
