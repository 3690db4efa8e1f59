/** Gantry's mark: a gantry crane over staggered task bars. Decorative, so hidden from screen readers. */
export function GantryLogo({ size = 24 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
      <rect width="32" height="32" rx="7" fill="var(--mantine-color-blue-6)" />
      <path
        d="M7 9h18M7 9v16M25 9v16M11 14h6M13 19h8"
        stroke="#fff"
        strokeWidth="2.6"
        strokeLinecap="round"
        fill="none"
      />
    </svg>
  );
}
