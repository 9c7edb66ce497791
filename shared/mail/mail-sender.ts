/** A message ready to send; templates produce it, a MailSender delivers it. */
export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  attachments?: { filename: string; content: string; contentType: string }[];
  /** SES message tags, returned with the message's bounce and complaint events. */
  tags?: Record<string, string>;
}

export interface MailSender {
  /** `signal` abandons the send (the function's deadline has come). */
  send(mail: OutgoingMail, options?: { signal?: AbortSignal }): Promise<{ messageId: string }>;
}
