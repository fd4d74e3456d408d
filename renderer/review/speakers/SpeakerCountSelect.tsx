const COUNTS = [1, 2, 3, 4, 5, 6] as const;

type Props = { id: string; testId: string; value: number | null; disabled: boolean; onChange: (count: number | null) => void };

/** "Find automatically" or 1–6 people. */
export function SpeakerCountSelect({ id, testId, value, disabled, onChange }: Props) {
  return (
    <select
      id={id}
      data-testid={testId}
      value={value ?? 'auto'}
      onChange={(e) => onChange(e.target.value === 'auto' ? null : Number(e.target.value))}
      disabled={disabled}
    >
      <option value="auto">Find automatically</option>
      {COUNTS.map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </select>
  );
}
