// The pieces of a plain GET filter form (dashboard, matrix, activity, a head's candidates): the filters live in
// the URL, so a filtered view can be shared and works without JavaScript. No client directive.
import Link from "@/components/ui/link";
import { BUTTON } from "./button";
import { FILTER_SELECT } from "./field";

export type FilterOption = { value: string; label: string };

/** A labelled select whose empty first option (`anyLabel`) means "no filter". */
export function FilterSelect(props: {
  name: string;
  label: string;
  value: string | undefined;
  anyLabel: string;
  options: readonly FilterOption[];
}) {
  return (
    <label className="grid gap-1 text-xs font-medium text-slate-700">
      {props.label}
      <select name={props.name} defaultValue={props.value ?? ""} className={`${FILTER_SELECT} max-w-full`}>
        <option value="">{props.anyLabel}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Named rows (journeys, departments) as options, by id. */
export const toOptions = (rows: readonly { id: string; name: string }[]): FilterOption[] =>
  rows.map((row) => ({ value: row.id, label: row.name }));

/** The submit button and, while anything is filtered, the link back to the unfiltered view. */
export function FilterActions(props: { submitLabel: string; clear: { href: string; label: string } | null }) {
  return (
    <>
      <button type="submit" className={BUTTON.primary}>
        {props.submitLabel}
      </button>
      {props.clear ? (
        <Link href={props.clear.href} className="py-1.5 text-sm font-medium text-blue-700 underline">
          {props.clear.label}
        </Link>
      ) : null}
    </>
  );
}
