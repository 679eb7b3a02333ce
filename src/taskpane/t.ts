import { formatMessage, type MessageId, type Slots } from "../engine/messages";

/** A pane text from the message catalogue. */
export const t = (id: MessageId, slots?: Slots): string => formatMessage(id, slots);

const euro = new Intl.NumberFormat("it-IT", { style: "currency", currency: "EUR" });
const num = new Intl.NumberFormat("it-IT", { maximumFractionDigits: 2 });
export const formatEuro = (n: number): string => euro.format(n);
export const formatNumber = (n: number): string => num.format(n);
