import pc from 'picocolors';

export type Style = ReturnType<typeof pc.createColors>;

/** Colour on a terminal, plain text in a pipe or when NO_COLOR is set. */
export function styleFor(stream: NodeJS.WriteStream): Style {
  const on = Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
  return pc.createColors(on || Boolean(process.env.FORCE_COLOR));
}
