/**
 * A glob as VS Code settings write them (`**`, `*`, `?`, `{a,b}`), as an anchored RegExp over
 * forward-slash paths. Every other character is matched literally, so a user's pattern can
 * never become an expensive regular expression.
 */
export function globToRegExp(glob: string): RegExp {
  let source = "";
  let inBraces = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*" && glob[i + 1] === "*") {
      const slash = glob[i + 2] === "/";
      source += slash ? "(?:[^/]*/)*" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") source += "[^/]*";
    else if (c === "?") source += "[^/]";
    else if (c === "{" && !inBraces) {
      source += "(?:";
      inBraces = true;
    } else if (c === "}" && inBraces) {
      source += ")";
      inBraces = false;
    } else if (c === "," && inBraces) source += "|";
    else source += c.replace(/[.+^${}()|[\]\\]/g, "\\$&");
  }
  if (inBraces) source += ")";
  const anchored = glob.startsWith("/") || glob.startsWith("**") ? `^${source}$` : `(?:^|/)${source}$`;
  return new RegExp(anchored);
}
