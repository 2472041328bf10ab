import * as wmill from "windmill-client";

export async function main(room: string, team: string, seconds: number) {
  const board = ((await wmill.getState()) ?? {}) as Record<string, { team: string; seconds: number }[]>;
  const rows = [...(board[room] ?? []), { team, seconds }].sort((a, b) => a.seconds - b.seconds).slice(0, 20);
  await wmill.setState({ ...board, [room]: rows });
  return { rank: rows.findIndex((r) => r.team === team && r.seconds === seconds) + 1 };
}
