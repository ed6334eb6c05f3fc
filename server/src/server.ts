import "./regexp-compilation";
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { startServer } from "./protocol/letter-server";

// The transport comes from the command line: --stdio for most editors, --node-ipc for VS Code.
const connection = createConnection(ProposedFeatures.all);
// A promise nobody awaited must cost a log line, never the server and the user's diagnostics.
process.on("unhandledRejection", (reason) => connection.console.error(`apology-lint: unhandled rejection: ${String(reason)}`));
startServer(connection);
