// Type tests for `@motcua/components/jsx`, checked by `npm run typecheck` (nothing runs):
// each @ts-expect-error fails the check if the types stop refusing what they must refuse.
import type {} from '@motcua/components/jsx';

export const ok = (
  <motcua-provider endpoint="https://gw.example.gov.vn" lang="vi">
    <motcua-dossier-lookup
      code="000.00.12.H42-241105-0003"
      hideKey
      onmotcua-dossier-found={(e) => e.detail.dossier.code}
      onmotcua-lookup-error={(e) => e.detail.kind}
    />
    <motcua-procedure-finder detailTarget="#d" onmotcua-procedure-select={(e) => e.detail.procedure.name} />
    <motcua-procedure-detail id="d" onmotcua-procedure-load={(e) => e.detail.procedure.code} />
    <motcua-barcode-scanner onmotcua-scan={(e) => e.detail.code} />
  </motcua-provider>
);

// @ts-expect-error hideKey is a boolean
export const wrongType = <motcua-dossier-lookup hideKey="yes" />;
// @ts-expect-error the event's detail has no such field
export const wrongDetail = <motcua-dossier-lookup onmotcua-dossier-found={(e) => e.detail.nope} />;
// (An undeclared name with a dash, such as onmotcua-scan on the lookup, is not checked:
// TypeScript lets every hyphenated JSX attribute through.)
