/** 20 × 20 icon paths in the Fluent System Icons style (drawn for this pane, filled, even-odd). */
export const ICONS = {
  brand: ['M3 16h14v1.5H3zM4 10h3v5H4zm4.5-4h3v9h-3zM13 3h3v12h-3z'],
  scorecard: ['M3 3h6v6H3zm1.5 1.5v3h3v-3zM11 3h6v6h-6zm0 8h6v6h-6zm1.5 1.5v3h3v-3zM3 11h6v6H3z'],
  servicedesk: ['M2 5h16v3a2 2 0 0 0 0 4v3H2v-3a2 2 0 0 0 0-4zm5 2v1.5h6V7zm0 4.5V13h4v-1.5z'],
  revenue: ['M3 16h14v1.5H3zM3.6 12.9 8 8.5l3 3 4.9-4.9H13V5h5.5v5.5H17V7.7l-6 6-3-3-3.3 3.3z'],
  benchmarks: [
    'M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16zm0 1.8a6.2 6.2 0 1 0 0 12.4 6.2 6.2 0 0 0 0-12.4zM10 6a4 4 0 1 1 0 8 4 4 0 0 1 0-8zm0 1.8a2.2 2.2 0 1 0 0 4.4 2.2 2.2 0 0 0 0-4.4z',
  ],
  selection: ['M2 2h5v1.5H3.5V7H2zm11 0h5v5h-1.5V3.5H13zM2 13h1.5v3.5H7V18H2zm14.5 0H18v5h-5v-1.5h3.5zM6 6h8v8H6z'],
  table: ['M2 3h16v14H2zm1.5 4v3h4V7zm5.5 0v3h3V7zm4.5 0v3h3V7zm-11 4.5v4h4v-4zm5.5 0v4h3v-4zm4.5 0v4h3v-4z'],
  sample: [
    'M7 2h6v1.5h-1v4.3l5 8.4a1.2 1.2 0 0 1-1 1.8H4a1.2 1.2 0 0 1-1-1.8l5-8.4V3.5H7zm2.5 1.5v4.7L7.4 12h5.2l-2.1-3.8V3.5z',
  ],
  info: ['M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16zm-.8 7v5.5h1.6V9zm0-3v1.6h1.6V6z'],
  success: ['M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16zm3.5 5.2-4.6 4.6-2.4-2.4-1.1 1.1 3.5 3.5 5.7-5.7z'],
  warning: ['M10 2.5 18.5 17h-17zM9.2 7.5V12h1.6V7.5zm0 5.8v1.6h1.6v-1.6z'],
  error: [
    'M10 2a8 8 0 1 1 0 16 8 8 0 0 1 0-16zM7.3 6.2 6.2 7.3 8.9 10l-2.7 2.7 1.1 1.1 2.7-2.7 2.7 2.7 1.1-1.1-2.7-2.7 2.7-2.7-1.1-1.1-2.7 2.7z',
  ],
  refresh: ['M10 3a7 7 0 0 1 6 3.4h-2.5V8h5V3H17v2A8.5 8.5 0 1 0 18.5 10H17a7 7 0 1 1-7-7z'],
} as const;

export type IconName = keyof typeof ICONS;
