import type { ParamRef, TraceStep } from '../../sim';
import { formatInput, formatValue, UNIT_WORDS } from './format';

export interface TraceStepsProps {
  steps: TraceStep[];
  /** Goes to where a parameter is edited; inputs without a ref are derived and stay plain text. */
  onParam(ref: ParamRef): void;
  /** An accessible name for a parameter link. */
  paramLabel(ref: ParamRef): string;
}

/** Each step in plain words: what it is, the formula, the inputs (parameters as links) and the result. */
export function TraceSteps({ steps, onParam, paramLabel }: TraceStepsProps) {
  return (
    <ol className="ff-steps">
      {steps.map((s) => (
        <li key={s.key} data-step={s.key}>
          <div className="ff-step-head">
            <span className="ff-step-label">{s.label}</span>
            <span className="ff-step-result" data-testid={`step-${s.key}`}>
              = {formatValue(s.result, s.unit)} {s.result === 1 && s.unit === 'people' ? 'person' : s.result === 1 && s.unit === 'handoffs' ? 'handoff' : UNIT_WORDS[s.unit]}
            </span>
          </div>
          <code className="ff-formula">{s.formula}</code>
          {s.inputs.length ? (
            <ul className="ff-inputs">
              {s.inputs.map((input, k) => (
                <li key={`${input.symbol}-${k}`}>
                  {input.ref ? (
                    <button type="button" className="ff-param" onClick={() => onParam(input.ref!)} aria-label={`${input.symbol} = ${formatInput(input.value)}: ${paramLabel(input.ref)}`}>
                      {input.symbol} = {formatInput(input.value)}
                    </button>
                  ) : (
                    <span>
                      {input.symbol} = {formatInput(input.value)}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
