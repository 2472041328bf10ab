// SDK: windmill-client 1.818.0 client.mjs: a Redis write in the body is repeated on each replay after the task.
import Redis from "ioredis";
import { task, workflow } from "windmill-client";

const redis = new Redis(process.env.REDIS_URL ?? "redis://localhost:6379");

const computeLeaderboard = task(async (game: string) => [{ player: "a", score: 3 }]);

export const main = workflow(async (game: string) => {
  const board = await computeLeaderboard(game);
  await redis.set(`leaderboard:${game}`, JSON.stringify(board)); // expect: WAC101
  return board.length;
});
