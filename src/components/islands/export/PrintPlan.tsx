/*
 * The printed easy-read plan (issue 7, "The printed plan"; issue 17): shown only in print, in
 * place of the whole page. A4, large text, the parts that are written as easy-read points
 * (picture on the left, words on the right), the parts still to write listed once, and
 * "Page X of Y". What it says comes from lib/export/print-plan; PrintedDocument draws it.
 */
import { useMemo } from 'react';
import { NOT_WRITTEN } from '../../../lib/export/plan-document';
import { printedPlan } from '../../../lib/export/print-plan';
import type { Plan } from '../../../lib/plan';
import { PrintedDocument } from './PrintedDocument';

export interface PrintPlanProps {
  plan: Plan;
  /** Today's date on this device, like "2026-11-24". */
  today: string;
}

/** The printed plan, straight into `<body>`. Hidden on screen. */
export function PrintPlan({ plan, today }: PrintPlanProps) {
  const document = useMemo(() => printedPlan(plan, today), [plan, today]);
  return (
    <PrintedDocument
      document={document}
      label="Printed plan"
      className="print-plan"
      notWritten={NOT_WRITTEN}
    />
  );
}
