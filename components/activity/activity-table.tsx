import { describeAuditEvent } from "@/lib/audit/describe";
import type { ActivityEvent } from "@/lib/audit/queries";
import { EventTime } from "./event-time";

const CELL = "border-b border-slate-100 px-3 py-2 align-top";
const HEAD = "border-b border-slate-200 px-3 py-2 text-left font-semibold";

export function ActivityTable({ events }: { events: ActivityEvent[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm">
      <table className="min-w-full border-separate border-spacing-0 text-sm">
        <caption className="sr-only">Audit events, newest first</caption>
        <thead>
          <tr>
            <th scope="col" className={HEAD}>
              When
            </th>
            <th scope="col" className={HEAD}>
              Who
            </th>
            <th scope="col" className={HEAD}>
              What
            </th>
            <th scope="col" className={HEAD}>
              Details
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id}>
              <td className={`${CELL} text-slate-700`}>
                <EventTime date={event.createdAt} />
              </td>
              <td className={CELL}>{event.actorName}</td>
              <td className={CELL}>
                <span className="font-medium text-slate-900">{describeAuditEvent(event)}</span>
                <code className="block text-xs text-slate-600">{event.action}</code>
              </td>
              <td className={CELL}>
                <EventDetails event={event} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

// React escapes the text, so names inside the JSON are shown, never interpreted.
function formatJson(value: unknown): string {
  return value === null || value === undefined ? "(nothing)" : JSON.stringify(value, null, 2);
}

function EventDetails({ event }: { event: ActivityEvent }) {
  return (
    <details className="group">
      <summary className="cursor-pointer text-blue-700 underline">
        Details<span className="sr-only"> of event {event.id}</span>
      </summary>
      <dl className="mt-2 grid gap-2 text-xs">
        <div>
          <dt className="font-semibold text-slate-700">Entity</dt>
          <dd className="text-slate-700">
            {event.entityType}
            {event.entityId ? <code className="ml-1 break-all">{event.entityId}</code> : null}
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-700">Before</dt>
          <dd>
            <pre className="max-w-md overflow-x-auto rounded bg-slate-50 p-2">{formatJson(event.before)}</pre>
          </dd>
        </div>
        <div>
          <dt className="font-semibold text-slate-700">After</dt>
          <dd>
            <pre className="max-w-md overflow-x-auto rounded bg-slate-50 p-2">{formatJson(event.after)}</pre>
          </dd>
        </div>
      </dl>
    </details>
  );
}
