const HALLS = ['North Hall', 'South Hall', 'West Hall'];

/**
 * A Campus Commons import of `rows` move-ins where every 100th row has a malformed email, so a
 * preview has both ready rows and problems. Dates are years ahead so any clock accepts them.
 */
export function largeImportCsv(rows: number): string {
  const lines = ['First name,Last name,Email,Phone,Building,Move-in,Move-out'];
  for (let n = 1; n <= rows; n += 1) {
    const email = n % 100 === 0 ? `student${n}@` : `student${n}@campus.example.edu`;
    const phone = `555-01${String(n % 100).padStart(2, '0')}-${String(n % 10_000).padStart(4, '0')}`;
    lines.push(`Student${n},Bulk,${email},${phone},${HALLS[n % 3]},8/20/2031,5/15/2032`);
  }
  return `${lines.join('\n')}\n`;
}
