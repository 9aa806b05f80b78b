import Link from "@/components/ui/link";
import { Cell, Table } from "@/components/ui/table";
import type { WebhookEndpointRow } from "@/lib/webhooks/queries";
import { DeliveryStatusText, formatTime } from "./delivery-status";
import { ActiveToggle, DeleteWebhook } from "./webhook-actions";

/** The workspace's endpoints: where each sends, what, whether it is on or failing, and how its last delivery went. */
export function WebhookTable(props: { slug: string; endpoints: WebhookEndpointRow[]; focusAfterId: string }) {
  return (
    <Table
      caption="Webhooks"
      columns={["URL", "Events", "State", "Last delivery", { label: "Actions", isHidden: true }]}
      isFramed
    >
      {props.endpoints.map((endpoint) => (
        <tr key={endpoint.id}>
          <Cell className="max-w-xs">
            <Link
              href={`/w/${props.slug}/settings/webhooks/${endpoint.id}`}
              className="break-all font-medium underline"
            >
              {endpoint.url}
            </Link>
            {endpoint.description ? <p className="text-slate-600">{endpoint.description}</p> : null}
          </Cell>
          <Cell>
            <ul>
              {endpoint.events.map((type) => (
                <li key={type}>
                  <code className="text-xs">{type}</code>
                </li>
              ))}
            </ul>
          </Cell>
          <Cell>
            {endpoint.active ? "Active" : "Inactive"}
            {endpoint.failingSince ? (
              <p className="font-medium text-red-700">Failing since {formatTime(endpoint.failingSince)}</p>
            ) : null}
          </Cell>
          <Cell>
            {endpoint.lastDelivery ? (
              <>
                <DeliveryStatusText status={endpoint.lastDelivery.status} />
                {endpoint.lastDelivery.statusCode !== null ? ` (${endpoint.lastDelivery.statusCode})` : ""}
                <p className="text-slate-600">{formatTime(endpoint.lastDelivery.at)}</p>
              </>
            ) : (
              "None yet"
            )}
          </Cell>
          <Cell>
            <div className="flex flex-wrap gap-2">
              <ActiveToggle id={endpoint.id} url={endpoint.url} active={endpoint.active} />
              <DeleteWebhook id={endpoint.id} url={endpoint.url} focusAfterId={props.focusAfterId} />
            </div>
          </Cell>
        </tr>
      ))}
    </Table>
  );
}
