/** Publications the benchmark rows cite (SPEC §4), named once: several KPIs quote the same article. */
export const PULSEWAY = 'Pulseway blog, 10 KPIs to measure MSP success (2019)';
export const LOGMEIN = 'LogMeIn Resolve blog, ten MSP KPIs with reference points';
