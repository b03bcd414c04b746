import { safetyPlan } from "@ui-strings";
import { contactHref } from "../../lib/helplines";
import type { CountryNumbers as Numbers } from "../../lib/safety-plan/plan-numbers";
import { WayLink } from "./contact-way";

/** The chosen country's emergency number, silent-call option and helplines, as the editor and the sheet show them. */
export default function CountryNumbers({ numbers }: { numbers: Numbers }) {
  const { emergency, silentCall, helplines, note } = numbers;
  return (
    <dl class="plan-numbers">
      <dt>{safetyPlan.emergencyLabel}</dt>
      <dd>
        {emergency.map((way, index) => (
          <span key={way.number}>
            {index > 0 && " · "}
            <WayLink way={way} />
          </span>
        ))}
      </dd>
      {silentCall && (
        <>
          <dt>{safetyPlan.silentLabel}</dt>
          <dd>
            {silentCall.silentCall.before} <a href={contactHref(silentCall.way)}>{silentCall.way.number}</a> {silentCall.silentCall.after}
          </dd>
        </>
      )}
      {helplines.length > 0 && (
        <>
          <dt>{safetyPlan.helplinesLabel}</dt>
          {helplines.map((helpline) => (
            <dd key={helpline.name}>
              {helpline.name}:{" "}
              {helpline.ways.map((way, index) => (
                <span key={`${way.kind}${way.number}`}>
                  {index > 0 && " · "}
                  <WayLink way={way} />
                </span>
              ))}
            </dd>
          ))}
        </>
      )}
      {note && <dd class="plan-numbers__note">{note}</dd>}
    </dl>
  );
}
