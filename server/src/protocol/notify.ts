import { MessageType, ShowMessageNotification, type Connection } from "vscode-languageserver";

/**
 * Tells the user something without waiting for an answer: a notification, not the
 * showMessage request, which clients may not implement and whose failure must not matter.
 */
export function notify(connection: Connection, type: "error" | "warning" | "info", message: string): void {
  const kind = type === "error" ? MessageType.Error : type === "warning" ? MessageType.Warning : MessageType.Info;
  void connection.sendNotification(ShowMessageNotification.type, { type: kind, message }).catch(() => undefined);
}
