/**
 * PLACEHOLDER written by the Excel add-in (build) engineer so that webpack has an
 * entry; the task pane engineer owns this file and replaces it entirely.
 */
export {};
