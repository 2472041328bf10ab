// Record how many full kegs sit in a cold-room bin.
import * as wmill from "windmill-client";

export async function main(bin: string, kegs: number, room: string) { // expect: WAC901
  await wmill.setVariable(`f/brew_ops/stock_${room}_${bin}`, String(kegs));
  return { room, bin, kegs };
}
