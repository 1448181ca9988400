/** A `data-testid` for props objects (antd's okButtonProps, etc.) where JSX's data-* allowance does not apply. */
export const testId = (id: string): { [attr: `data-${string}`]: string } => ({ 'data-testid': id });
