// The Settings page's "Ownership verification" section: every member reads the cadence, a CX lead changes it.
import { describeCadence } from "./cadence-text";
import { VerificationCadenceForm } from "./verification-cadence-form";

export function VerificationCadence(props: {
  workspaceId: string;
  days: number;
  canConfigure: boolean;
  className: string;
}) {
  return (
    <section aria-labelledby="verification-heading" className={props.className}>
      <h2 id="verification-heading" className="text-lg font-semibold">
        Ownership verification
      </h2>
      <p className="text-sm text-slate-600">
        Owners confirm their touchpoints {describeCadence(props.days)}; older ownership is flagged stale. A
        change of Accountable department counts as a confirmation.
        {props.canConfigure ? "" : " A CX lead can change how often."}
      </p>
      {props.canConfigure ? (
        <VerificationCadenceForm workspaceId={props.workspaceId} days={props.days} />
      ) : null}
    </section>
  );
}
