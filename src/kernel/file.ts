/** A file sent or received in chat (an exported ledger, an uploaded roster), as base64. */
export interface OutgoingFile {
  name: string;
  base64: string;
}
