/**
 * Globs as VS Code settings write them (`**`, `*`, `?`, `{a,b}`), over forward-slash paths.
 * Every other character is literal. Matching simulates all positions in the pattern at once
 * (no backtracking), so time is at most path length × pattern length: a workspace's settings
 * can hold any glob (`*a*a*a*a*b`, `**` repeated) without stalling the server.
 */
type Token = { readonly kind: "char"; readonly char: string } | { readonly kind: "one" | "star" | "any" | "dirs" };

export interface GlobMatcher {
  test(path: string): boolean;
}

/** Brace alternatives are spelled out up front; at most this many variants are kept. */
const MAX_VARIANTS = 256;

export function compileGlob(glob: string): GlobMatcher {
  const variants = expand(tokenize(glob));
  // A pattern not rooted at `/` or `**` may match from any folder down, as `(?:^|/)pattern$`.
  const anywhere = !(glob.startsWith("/") || glob.startsWith("**"));
  return { test: (path) => variants.some((tokens) => matches(tokens, path, anywhere)) };
}

type Part = Token | { readonly kind: "braces"; readonly options: Token[][] };

/** One pass over the glob; a `{` opens alternatives up to `}` or the end (no nesting). */
function tokenize(glob: string): Part[] {
  const parts: Part[] = [];
  let options: Token[][] | undefined;
  const push = (token: Token): void => void (options ? options.at(-1)!.push(token) : parts.push(token));
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*" && glob[i + 1] === "*") {
      const slash = glob[i + 2] === "/";
      push({ kind: slash ? "dirs" : "any" });
      i += slash ? 2 : 1;
    } else if (c === "*") push({ kind: "star" });
    else if (c === "?") push({ kind: "one" });
    else if (c === "{" && !options) parts.push({ kind: "braces", options: (options = [[]]) });
    else if (c === "}" && options) options = undefined;
    else if (c === "," && options) options.push([]);
    else push({ kind: "char", char: c });
  }
  return parts;
}

/** Every brace choice spelled out as its own token list (at most MAX_VARIANTS of them). */
function expand(parts: readonly Part[]): Token[][] {
  let variants: Token[][] = [[]];
  for (const part of parts) {
    if (part.kind !== "braces") variants.forEach((v) => v.push(part));
    else variants = variants.flatMap((v) => part.options.map((o) => [...v, ...o])).slice(0, MAX_VARIANTS);
  }
  return variants;
}

/**
 * States are 2·i (before token i) and 2·i+1 (inside a `**\/` run that has not yet ended in `/`).
 * Each path character moves every live state at once.
 */
function matches(tokens: readonly Token[], path: string, anywhere: boolean): boolean {
  const accept = 2 * tokens.length;
  let states = closure(tokens, [0]);
  for (let p = 0; p < path.length; p++) {
    const c = path[p]!;
    const next: number[] = [];
    for (const s of states) {
      const i = s >> 1;
      const token = tokens[i];
      if (!token) continue;
      if (s & 1) next.push(c === "/" ? 2 * i : s);
      else if (token.kind === "char") {
        if (token.char === c) next.push(2 * (i + 1));
      } else if (token.kind === "one") {
        if (c !== "/") next.push(2 * (i + 1));
      } else if (token.kind === "star") {
        if (c !== "/") next.push(s);
      } else if (token.kind === "any") next.push(s);
      else next.push(c === "/" ? s : s + 1);
    }
    if (anywhere && c === "/") next.push(0);
    states = closure(tokens, next);
    if (!states.length && !anywhere) return false;
  }
  return states.includes(accept);
}

/** Adds the states reachable without reading a character: past any star, `**` or `**\/`. */
function closure(tokens: readonly Token[], seeds: readonly number[]): number[] {
  const seen = new Set<number>();
  const stack = [...seeds];
  while (stack.length) {
    const s = stack.pop()!;
    if (seen.has(s)) continue;
    seen.add(s);
    const token = tokens[s >> 1];
    if (!(s & 1) && token && token.kind !== "char" && token.kind !== "one") stack.push(s + 2);
  }
  return [...seen];
}
