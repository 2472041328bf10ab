export function main(since: number) {
  return { started: true, since };
}
