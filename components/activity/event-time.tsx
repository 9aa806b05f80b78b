const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

/**
 * "26 Nov 2026, 10:15:03 UTC": written out by hand in UTC so the text never depends on the server's
 * locale, time zone or ICU data.
 */
export function formatUtcTime(date: Date): string {
  const day = `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return `${day}, ${time} UTC`;
}

export function EventTime({ date }: { date: Date }) {
  return (
    <time dateTime={date.toISOString()} className="whitespace-nowrap tabular-nums">
      {formatUtcTime(date)}
    </time>
  );
}
