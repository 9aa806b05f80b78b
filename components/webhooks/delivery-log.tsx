import Link from "@/components/ui/link";
import type { DeliveryLogEntry } from "@/lib/webhooks/queries";
import { DeliveryStatusText, formatTime } from "./delivery-status";
import { ResendDelivery } from "./webhook-actions";

/** An endpoint's deliveries, newest first, each with its attempts; one page of them. */
export function DeliveryLog(props: {
  deliveries: DeliveryLogEntry[];
  page: number;
  pageCount: number;
  total: number;
  basePath: string;
}) {
  if (props.deliveries.length === 0)
    return (
      <p className="text-sm text-slate-600">
        No deliveries yet: events this webhook sends will be listed here.
      </p>
    );
  return (
    <div className="grid gap-3">
      <ol aria-label="Deliveries" className="grid gap-3">
        {props.deliveries.map((delivery) => (
          <li key={delivery.id} className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-semibold">
                <code>{delivery.eventType}</code> · <DeliveryStatusText status={delivery.status} />
              </h3>
              <ResendDelivery deliveryId={delivery.id} eventType={delivery.eventType} />
            </div>
            <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-slate-700">
              <dt>Created</dt>
              <dd>{formatTime(delivery.createdAt)}</dd>
              <dt>webhook-id</dt>
              <dd>
                <code className="break-all text-xs">{delivery.id}</code>
              </dd>
              <dt>Attempts</dt>
              <dd>{delivery.attempts}</dd>
              {delivery.lastStatusCode !== null || delivery.lastError ? (
                <>
                  <dt>Last result</dt>
                  <dd className="break-all">
                    {delivery.lastStatusCode !== null
                      ? `HTTP ${delivery.lastStatusCode}`
                      : delivery.lastError}
                  </dd>
                </>
              ) : null}
              {delivery.status === "PENDING" ? (
                <>
                  <dt>Next attempt</dt>
                  <dd>{formatTime(delivery.nextAttemptAt)}</dd>
                </>
              ) : null}
            </dl>
            {delivery.log.length > 0 ? (
              <table className="mt-2 w-full text-left text-xs">
                <caption className="sr-only">Attempts of this delivery</caption>
                <thead className="text-slate-600">
                  <tr>
                    <th scope="col" className="py-1 pr-3 font-medium">
                      Attempt
                    </th>
                    <th scope="col" className="py-1 pr-3 font-medium">
                      Time
                    </th>
                    <th scope="col" className="py-1 pr-3 font-medium">
                      Result
                    </th>
                    <th scope="col" className="py-1 font-medium">
                      Duration
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {delivery.log.map((attempt) => (
                    <tr key={`${attempt.attempt}-${attempt.at.toISOString()}`}>
                      <td className="py-1 pr-3">{attempt.attempt}</td>
                      <td className="py-1 pr-3">{formatTime(attempt.at)}</td>
                      <td className="break-all py-1 pr-3">
                        {attempt.statusCode !== null ? `HTTP ${attempt.statusCode}` : attempt.error}
                      </td>
                      <td className="py-1">{attempt.durationMs} ms</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </li>
        ))}
      </ol>
      {props.pageCount > 1 ? (
        <nav aria-label="Delivery pages" className="flex items-center gap-3 text-sm">
          {props.page > 1 ? (
            <Link href={`${props.basePath}?page=${props.page - 1}`} className="underline">
              Newer
            </Link>
          ) : null}
          <span>
            Page {props.page} of {props.pageCount} ({props.total} deliveries)
          </span>
          {props.page < props.pageCount ? (
            <Link href={`${props.basePath}?page=${props.page + 1}`} className="underline">
              Older
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
