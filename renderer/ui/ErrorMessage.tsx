import type { ReactNode } from 'react';

/** An inline, red-tinted error message announced to assistive technology. */
export function ErrorMessage({ children, id, testId }: { children: ReactNode; id?: string; testId?: string }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <p className="error-message" role="alert" id={id} data-testid={testId}>
      {children}
    </p>
  );
}
