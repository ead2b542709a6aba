// The sense-check command (being written; see issue 2).
export async function main(_argv: string[], io: { stderr: NodeJS.WritableStream }): Promise<number> {
  io.stderr.write('sense-check: not built yet\n');
  return 2;
}
